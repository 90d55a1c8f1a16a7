package org.mercato.adapters.in.rest.ordering;

import java.math.BigDecimal;
import java.util.List;
import org.mercato.application.common.InvalidInputException;

/**
 * {@code {"quantity": n}}. Read as a decimal because JSON-B would silently cut {@code 1.5} to 1; a
 * missing quantity stays null so that it is reported as missing, not as 0.
 */
public record QuantityRequest(BigDecimal quantity) {

    /** The whole number asked for, null when missing; a fraction is 422, a huge number out of range. */
    Integer wholeQuantity() {
        if (quantity == null) {
            return null;
        }
        if (quantity.stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldViolation("quantity",
                    "must be a whole number")));
        }
        return quantity.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? Integer.MAX_VALUE
                : quantity.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0 ? Integer.MIN_VALUE : quantity.intValueExact();
    }
}
