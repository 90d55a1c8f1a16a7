package org.mercato.domain.ordering;

/** The goods side of an order, tracked beside its status. */
public enum FulfillmentStatus {
    UNFULFILLED,
    IN_PROGRESS,
    READY,
    OUT_FOR_DELIVERY,
    DELIVERED,
    DELIVERY_FAILED,
    RETURNED,
    CANCELLED
}
