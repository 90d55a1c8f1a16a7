package org.mercato.domain.ordering;

import java.time.Instant;
import java.util.UUID;

public record OrderExpired(UUID eventId, OrderId orderId, UUID accountId, Instant occurredAt, Instant expiresAt) implements OrderEvent {
}
