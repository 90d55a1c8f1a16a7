package org.mercato.domain.ordering;

import java.time.Instant;
import java.util.UUID;

/** {@code refundDue} is true when the order had been paid, so the money must go back. */
public record OrderCancelled(UUID eventId, OrderId orderId, UUID accountId, Instant occurredAt, String cancelledBy, String reason,
        boolean refundDue) implements OrderEvent {
}
