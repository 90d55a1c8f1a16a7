package org.mercato.domain.inventory;

import java.util.Objects;

/** A change to the stock of one SKU in one warehouse: the new level and the ledger row that explains it. */
public record StockChange(StockLevel before, StockLevel after, StockMovement movement) {
    public StockChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(movement, "movement");
        if (after.onHand() - before.onHand() != movement.delta()) {
            throw new IllegalArgumentException("the movement must explain the whole change of onHand");
        }
    }
}
