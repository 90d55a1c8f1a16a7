package org.mercato.domain.inventory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mercato.domain.catalog.SkuCode;

/**
 * Stock of one SKU in one warehouse. Invariants (also database constraints):
 * {@code onHand >= 0}, {@code reserved >= 0}, {@code reserved <= onHand}.
 */
public record StockLevel(SkuCode sku, WarehouseId warehouse, int onHand, int reserved) {

    /** The most one receipt or adjustment may move, and the most one warehouse may hold of a SKU. */
    public static final int MAX_QUANTITY = 100_000;
    public static final int MAX_ON_HAND = 10_000_000;

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

    /** Goods received: {@code quantity} more on hand (1 to {@value #MAX_QUANTITY}). */
    public StockChange receive(int quantity, String actor, String reference, Instant at) {
        requireQuantity(quantity);
        return change(quantity, MovementReason.RECEIVED, actor, reference, at);
    }

    /**
     * A correction of {@code onHand} by {@code delta} for a reason other than receiving or counting
     * (ADJUSTED, DAMAGED, RETURNED, SHIPPED). Units that are reserved for orders cannot be taken away.
     */
    public StockChange adjust(int delta, MovementReason reason, String actor, String note, Instant at) {
        if (reason == MovementReason.RECEIVED || reason == MovementReason.STOCKTAKE) {
            throw new IllegalArgumentException(reason + " has its own operation");
        }
        if (delta == 0 || Math.abs(delta) > MAX_QUANTITY) {
            throw new IllegalArgumentException("an adjustment changes on-hand by 1 to " + MAX_QUANTITY + " units");
        }
        if (reason == MovementReason.DAMAGED || reason == MovementReason.SHIPPED) {
            if (delta > 0) {
                throw new IllegalArgumentException(reason + " can only lower on-hand");
            }
        } else if (reason == MovementReason.RETURNED && delta < 0) {
            throw new IllegalArgumentException("RETURNED can only raise on-hand");
        }
        return change(delta, reason, actor, note, at);
    }

    /** A stocktake: {@code counted} units are really there. Empty when the count confirms the books. */
    public Optional<StockChange> count(int counted, String actor, String note, Instant at) {
        if (counted < 0 || counted > MAX_ON_HAND) {
            throw new IllegalArgumentException("a count is 0 to " + MAX_ON_HAND + " units");
        }
        return counted == onHand ? Optional.empty()
                : Optional.of(change(counted - onHand, MovementReason.STOCKTAKE, actor, note, at));
    }

    /** {@code quantity} more units held for an order; on-hand is unchanged, so the ledger gets no row. */
    public StockLevel reserve(int quantity) {
        if (quantity < 1 || quantity > available()) {
            throw new StockRuleViolation("cannot reserve " + quantity + " of " + sku + ": " + available() + " available");
        }
        return new StockLevel(sku, warehouse, onHand, reserved + quantity);
    }

    /** Gives back units an order held (it expired or was cancelled). */
    public StockLevel release(int quantity) {
        if (quantity < 1 || quantity > reserved) {
            throw new StockRuleViolation("cannot release " + quantity + " of " + sku + ": only " + reserved + " reserved");
        }
        return new StockLevel(sku, warehouse, onHand, reserved - quantity);
    }

    private StockChange change(int delta, MovementReason reason, String actor, String reference, Instant at) {
        long next = (long) onHand + delta;
        if (next < reserved) {
            throw new StockRuleViolation("%s in this warehouse has %d on hand of which %d are reserved for orders; "
                    .formatted(sku, onHand, reserved) + "on-hand cannot go below " + reserved);
        }
        if (next > MAX_ON_HAND) {
            throw new StockRuleViolation(sku + " would hold more than " + MAX_ON_HAND + " units in one warehouse");
        }
        StockLevel after = new StockLevel(sku, warehouse, (int) next, reserved);
        return new StockChange(this, after, new StockMovement(sku, warehouse, delta, reason, actor, reference, at));
    }

    private static void requireQuantity(int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("a quantity is 1 to " + MAX_QUANTITY + " units");
        }
    }
}
