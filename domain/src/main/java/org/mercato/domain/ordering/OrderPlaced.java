package org.mercato.domain.ordering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mercato.domain.shared.Money;

public record OrderPlaced(UUID eventId, OrderId orderId, UUID accountId, Instant occurredAt, Instant expiresAt, Money total,
        List<Line> lines) implements OrderEvent {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, int quantity, Money unitPrice) {
    }
}
