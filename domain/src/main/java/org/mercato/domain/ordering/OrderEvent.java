package org.mercato.domain.ordering;

import java.time.Instant;
import java.util.UUID;

/** A domain event of an order, stored in the outbox in the same transaction as the change it reports. */
public sealed interface OrderEvent permits OrderPlaced, OrderExpired, OrderCancelled {

    /** Unique per event, so that consumers can drop a redelivered copy. */
    UUID eventId();

    OrderId orderId();

    UUID accountId();

    Instant occurredAt();

    /** The event's name on the wire, e.g. {@code OrderPlaced}. */
    default String type() {
        return getClass().getSimpleName();
    }
}
