package org.mercato.domain.inventory;

import java.util.Objects;
import org.mercato.domain.catalog.SkuCode;

/**
 * Stock of one SKU in one warehouse. Invariants (also database constraints):
 * {@code onHand >= 0}, {@code reserved >= 0}, {@code reserved <= onHand}.
 */
public record StockLevel(SkuCode sku, WarehouseId warehouse, int onHand, int reserved) {

    public StockLevel {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(warehouse, "warehouse");
        if (onHand < 0 || reserved < 0 || reserved > onHand) {
            throw new IllegalArgumentException(
                    "stock of " + sku + " breaks 0 <= reserved <= onHand: onHand=" + onHand + ", reserved=" + reserved);
        }
    }

    public static StockLevel received(SkuCode sku, WarehouseId warehouse, int quantity) {
        return new StockLevel(sku, warehouse, quantity, 0);
    }

    public int available() {
        return onHand - reserved;
    }
}
