package org.mercato.domain.inventory;

import java.time.Instant;
import java.util.Objects;
import org.mercato.domain.catalog.SkuCode;

/** One append-only ledger row: who changed {@code onHand} of a SKU in a warehouse, by how much, and why. */
public record StockMovement(
        SkuCode sku, WarehouseId warehouse, int delta, MovementReason reason, String actor, String reference, Instant at) {

    public StockMovement {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(warehouse, "warehouse");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        if (delta == 0) {
            throw new IllegalArgumentException("a stock movement must change something");
        }
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a stock movement must name its actor");
        }
    }
}
