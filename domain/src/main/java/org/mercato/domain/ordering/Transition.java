package org.mercato.domain.ordering;

import java.util.Objects;
import java.util.Set;

/**
 * One allowed move of the order state machine, as data: from a status, by an action, taken by one of
 * these actors, to a status, with its effects on the payment and fulfillment status (null: unchanged)
 * and whether it gives the order's reserved stock back.
 */
public record Transition(
        OrderStatus from, OrderAction action, OrderStatus to, Set<ActorKind> actors,
        PaymentStatus payment, FulfillmentStatus fulfillment, boolean releasesReservation) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
        actors = Set.copyOf(actors);
    }

    /** A move that records a history row; paying leaves the status as it is until the provider answers. */
    public boolean changesStatus() {
        return from != to;
    }
}
