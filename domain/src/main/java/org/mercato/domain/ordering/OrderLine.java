package org.mercato.domain.ordering;

import java.util.Objects;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

/**
 * One line of an order, a snapshot taken at placement: later catalog changes (price, name) do not
 * change what the shopper bought.
 */
public record OrderLine(
        SkuCode sku, ProductId product, String productName, String size, String firmness, int heightCm,
        int quantity, Money unitPrice) {

    public static final int MIN_QUANTITY = 1;
    public static final int MAX_QUANTITY = 50;

    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < MIN_QUANTITY || quantity > MAX_QUANTITY) {
            throw new OrderRuleViolation("quantity", "must be " + MIN_QUANTITY + " to " + MAX_QUANTITY);
        }
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
