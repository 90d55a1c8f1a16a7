package org.mercato.domain.ordering;

import java.time.Instant;
import java.util.Objects;
import org.mercato.domain.catalog.SkuCode;

/**
 * One line of a shopper's cart: a SKU and how many of it. No price: the cart always shows the SKU's
 * current price, and the order fixes the price when it is placed.
 */
public record CartLine(SkuCode sku, int quantity, Instant addedAt) {

    public CartLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(addedAt, "addedAt");
        if (!Cart.isAllowedQuantity(quantity)) {
            throw new CartRuleViolation("quantity", "must be between " + Cart.MIN_QUANTITY + " and " + Cart.MAX_QUANTITY);
        }
    }

    public CartLine withQuantity(int newQuantity) {
        return new CartLine(sku, newQuantity, addedAt);
    }
}
