package org.mercato.domain.ordering;

/** The state machine does not allow this action now, by this actor. */
public class TransitionRefused extends RuntimeException {

    private final OrderStatus status;
    private final OrderAction action;

    public TransitionRefused(OrderStatus status, OrderAction action, String message) {
        super(message);
        this.status = status;
        this.action = action;
    }

    public OrderStatus status() {
        return status;
    }

    public OrderAction action() {
        return action;
    }
}
