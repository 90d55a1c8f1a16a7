package org.mercato.application.ordering.port.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mercato.domain.ordering.DeliveryAddress;
import org.mercato.domain.ordering.FulfillmentStatus;
import org.mercato.domain.ordering.OrderAction;
import org.mercato.domain.ordering.OrderStatus;
import org.mercato.domain.ordering.PaymentStatus;
import org.mercato.domain.shared.Money;

/** An order as its shopper sees it: lines, totals, where it stands, what may happen next, and its history. */
public record OrderView(
        UUID id, OrderStatus status, PaymentStatus paymentStatus, FulfillmentStatus fulfillmentStatus,
        List<OrderAction> allowedActions, List<Line> lines, Money itemsTotal, Money shippingTotal, Money total,
        DeliveryAddress shippingAddress, Instant placedAt, Instant expiresAt, List<HistoryEntry> history) {

    public record Line(String sku, UUID productId, String name, String size, String firmness, int heightCm, int quantity,
            Money unitPrice, Money lineTotal) {
    }

    public record HistoryEntry(OrderStatus from, OrderStatus to, OrderAction action, String actor, String reason, Instant at) {
    }

    /** A row of the order list: enough to pick one, without lines or history. */
    public record Summary(UUID id, OrderStatus status, PaymentStatus paymentStatus, FulfillmentStatus fulfillmentStatus,
            Money total, int itemCount, Instant placedAt, Instant expiresAt) {
    }

    public record Page(List<Summary> items, int page, int size, long total) {
    }
}
