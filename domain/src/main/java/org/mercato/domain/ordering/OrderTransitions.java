package org.mercato.domain.ordering;

import static org.mercato.domain.ordering.ActorKind.COURIER;
import static org.mercato.domain.ordering.ActorKind.SHOPPER;
import static org.mercato.domain.ordering.ActorKind.STAFF;
import static org.mercato.domain.ordering.ActorKind.SYSTEM;
import static org.mercato.domain.ordering.OrderAction.ACCEPT;
import static org.mercato.domain.ordering.OrderAction.CANCEL;
import static org.mercato.domain.ordering.OrderAction.CONFIRM_PAYMENT;
import static org.mercato.domain.ordering.OrderAction.DELIVER;
import static org.mercato.domain.ordering.OrderAction.DISPATCH;
import static org.mercato.domain.ordering.OrderAction.EXPIRE;
import static org.mercato.domain.ordering.OrderAction.FAIL_DELIVERY;
import static org.mercato.domain.ordering.OrderAction.FAIL_PAYMENT;
import static org.mercato.domain.ordering.OrderAction.MARK_READY;
import static org.mercato.domain.ordering.OrderAction.PACK;
import static org.mercato.domain.ordering.OrderAction.PAY;
import static org.mercato.domain.ordering.OrderAction.REFUND;
import static org.mercato.domain.ordering.OrderAction.RETURN;
import static org.mercato.domain.ordering.OrderAction.START_PICKING;
import static org.mercato.domain.ordering.OrderStatus.ACCEPTED;
import static org.mercato.domain.ordering.OrderStatus.CANCELLED;
import static org.mercato.domain.ordering.OrderStatus.DELIVERED;
import static org.mercato.domain.ordering.OrderStatus.DELIVERY_FAILED;
import static org.mercato.domain.ordering.OrderStatus.EXPIRED;
import static org.mercato.domain.ordering.OrderStatus.OUT_FOR_DELIVERY;
import static org.mercato.domain.ordering.OrderStatus.PACKED;
import static org.mercato.domain.ordering.OrderStatus.PAID;
import static org.mercato.domain.ordering.OrderStatus.PAYMENT_FAILED;
import static org.mercato.domain.ordering.OrderStatus.PENDING_PAYMENT;
import static org.mercato.domain.ordering.OrderStatus.PICKING;
import static org.mercato.domain.ordering.OrderStatus.READY_FOR_DISPATCH;
import static org.mercato.domain.ordering.OrderStatus.REFUNDED;
import static org.mercato.domain.ordering.OrderStatus.RETURNED;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The order state machine of SPEC decision 5, kept as a table so that it can be read, tested row by
 * row and shown (allowed actions) without scattering status checks over the code.
 */
public final class OrderTransitions {

    private static final List<Transition> TABLE = table();

    private OrderTransitions() {
    }

    public static List<Transition> all() {
        return TABLE;
    }

    public static Optional<Transition> find(OrderStatus from, OrderAction action, ActorKind actor) {
        return TABLE.stream()
                .filter(t -> t.from() == from && t.action() == action && t.actors().contains(actor))
                .findFirst();
    }

    public static List<Transition> from(OrderStatus status) {
        return TABLE.stream().filter(t -> t.from() == status).toList();
    }

    private static List<Transition> table() {
        List<Transition> t = new ArrayList<>();
        for (OrderStatus unpaid : List.of(PENDING_PAYMENT, PAYMENT_FAILED)) {
            // Starting (or retrying) a payment changes nothing until the provider answers.
            t.add(new Transition(unpaid, PAY, unpaid, Set.of(SHOPPER), null, null, false));
            t.add(new Transition(unpaid, CONFIRM_PAYMENT, PAID, Set.of(SYSTEM), PaymentStatus.PAID, null, false));
            t.add(new Transition(unpaid, EXPIRE, EXPIRED, Set.of(SYSTEM), PaymentStatus.VOIDED, FulfillmentStatus.CANCELLED, true));
            t.add(new Transition(unpaid, CANCEL, CANCELLED, Set.of(SHOPPER, STAFF), PaymentStatus.VOIDED, FulfillmentStatus.CANCELLED, true));
        }
        t.add(new Transition(PENDING_PAYMENT, FAIL_PAYMENT, PAYMENT_FAILED, Set.of(SYSTEM), PaymentStatus.FAILED, null, false));
        // Paid but not yet dispatched: the shopper or staff may still cancel; the money goes back.
        for (OrderStatus beforeDispatch : List.of(PAID, ACCEPTED, PICKING, PACKED, READY_FOR_DISPATCH)) {
            t.add(new Transition(beforeDispatch, CANCEL, CANCELLED, Set.of(SHOPPER, STAFF),
                    PaymentStatus.REFUND_PENDING, FulfillmentStatus.CANCELLED, true));
        }
        // On the road the goods have left the shelf, so there is no reservation left to give back.
        t.add(new Transition(OUT_FOR_DELIVERY, CANCEL, CANCELLED, Set.of(STAFF), PaymentStatus.REFUND_PENDING, FulfillmentStatus.CANCELLED, false));
        t.add(new Transition(PAID, ACCEPT, ACCEPTED, Set.of(STAFF), null, FulfillmentStatus.IN_PROGRESS, false));
        t.add(new Transition(ACCEPTED, START_PICKING, PICKING, Set.of(STAFF), null, FulfillmentStatus.IN_PROGRESS, false));
        t.add(new Transition(PICKING, PACK, PACKED, Set.of(STAFF), null, FulfillmentStatus.IN_PROGRESS, false));
        t.add(new Transition(PACKED, MARK_READY, READY_FOR_DISPATCH, Set.of(STAFF), null, FulfillmentStatus.READY, false));
        t.add(new Transition(READY_FOR_DISPATCH, DISPATCH, OUT_FOR_DELIVERY, Set.of(STAFF, COURIER), null, FulfillmentStatus.OUT_FOR_DELIVERY, false));
        t.add(new Transition(OUT_FOR_DELIVERY, DELIVER, DELIVERED, Set.of(COURIER), null, FulfillmentStatus.DELIVERED, false));
        t.add(new Transition(OUT_FOR_DELIVERY, FAIL_DELIVERY, DELIVERY_FAILED, Set.of(COURIER), null, FulfillmentStatus.DELIVERY_FAILED, false));
        t.add(new Transition(DELIVERY_FAILED, DISPATCH, OUT_FOR_DELIVERY, Set.of(STAFF, COURIER), null, FulfillmentStatus.OUT_FOR_DELIVERY, false));
        t.add(new Transition(DELIVERY_FAILED, RETURN, RETURNED, Set.of(STAFF, COURIER), null, FulfillmentStatus.RETURNED, false));
        for (OrderStatus refundable : List.of(CANCELLED, RETURNED, DELIVERED)) {
            t.add(new Transition(refundable, REFUND, REFUNDED, Set.of(STAFF, SYSTEM), PaymentStatus.REFUNDED, null, false));
        }
        return List.copyOf(t);
    }

    /** Statuses no transition leaves. */
    public static Set<OrderStatus> terminal() {
        EnumSet<OrderStatus> terminal = EnumSet.allOf(OrderStatus.class);
        TABLE.stream().filter(Transition::changesStatus).forEach(t -> terminal.remove(t.from()));
        return terminal;
    }
}
