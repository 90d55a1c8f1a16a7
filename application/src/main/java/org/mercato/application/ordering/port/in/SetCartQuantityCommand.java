package org.mercato.application.ordering.port.in;

import java.util.Objects;
import java.util.UUID;
import org.mercato.application.common.Violations;
import org.mercato.domain.ordering.Cart;

/** {@code quantity} is boxed so that a missing one is reported as such, not as 0. */
public record SetCartQuantityCommand(UUID accountId, String sku, Integer quantity) {

    public SetCartQuantityCommand {
        Objects.requireNonNull(accountId, "accountId");
        new Violations()
                .check(quantity != null, "quantity", "is required")
                .check(quantity == null || Cart.isAllowedQuantity(quantity), "quantity",
                        "must be between " + Cart.MIN_QUANTITY + " and " + Cart.MAX_QUANTITY)
                .throwIfAny();
    }
}
