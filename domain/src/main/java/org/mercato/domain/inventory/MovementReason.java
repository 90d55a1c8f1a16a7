package org.mercato.domain.inventory;

/** Why {@code onHand} changed; every ledger row carries one. */
public enum MovementReason {
    RECEIVED, ADJUSTED, STOCKTAKE, SHIPPED, RETURNED, DAMAGED
}
