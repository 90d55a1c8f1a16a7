package org.mercato.domain.ordering;

/** Where an order stands (SPEC decision 5); the moves between them are {@link OrderTransitions}. */
public enum OrderStatus {
    PENDING_PAYMENT,
    PAYMENT_FAILED,
    PAID,
    ACCEPTED,
    PICKING,
    PACKED,
    READY_FOR_DISPATCH,
    OUT_FOR_DELIVERY,
    DELIVERED,
    DELIVERY_FAILED,
    RETURNED,
    EXPIRED,
    CANCELLED,
    REFUNDED;

    /** Unpaid: the order holds stock only until it expires, and may still be paid before then. */
    public boolean awaitsPayment() {
        return this == PENDING_PAYMENT || this == PAYMENT_FAILED;
    }
}
