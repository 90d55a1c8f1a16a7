package org.mercato.domain.ordering;

import java.time.Instant;

/** One row of an order's history: who moved it, when, from where to where, and why. {@code from} is null at placement. */
public record StatusChange(OrderId order, OrderStatus from, OrderStatus to, OrderAction action, String actor, String reason, Instant at) {
}
