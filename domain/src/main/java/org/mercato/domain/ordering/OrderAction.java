package org.mercato.domain.ordering;

/** What can happen to an order. The names are the {@code allowedActions} clients see. */
public enum OrderAction {
    PLACE,
    PAY,
    CONFIRM_PAYMENT,
    FAIL_PAYMENT,
    EXPIRE,
    CANCEL,
    ACCEPT,
    START_PICKING,
    PACK,
    MARK_READY,
    DISPATCH,
    DELIVER,
    FAIL_DELIVERY,
    RETURN,
    REFUND
}
