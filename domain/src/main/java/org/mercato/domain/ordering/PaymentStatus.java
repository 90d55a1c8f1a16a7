package org.mercato.domain.ordering;

/** The money side of an order, tracked beside its status. */
public enum PaymentStatus {
    AWAITING_PAYMENT,
    FAILED,
    PAID,
    /** Never paid, and never will be: the order expired or was cancelled first. */
    VOIDED,
    REFUND_PENDING,
    REFUNDED
}
