package org.mercato.application.ordering.service;

import java.time.Instant;
import java.util.List;
import org.mercato.application.ordering.port.in.OrderView;
import org.mercato.domain.ordering.ActorKind;
import org.mercato.domain.ordering.Order;
import org.mercato.domain.ordering.OrderLine;
import org.mercato.domain.ordering.StatusChange;
import org.mercato.domain.shared.Money;

/** Turns an order and its history into what its shopper sees. Shipping is free for now: no shipping rates exist yet. */
final class OrderViews {

    private OrderViews() {
    }

    static OrderView of(Order order, List<StatusChange> history, Instant now) {
        Money total = order.total();
        return new OrderView(order.id().value(), order.status(), order.paymentStatus(), order.fulfillmentStatus(),
                order.allowedActions(ActorKind.SHOPPER, now), order.lines().stream().map(OrderViews::line).toList(),
                total, Money.zero(total.currency()), total, order.deliveryAddress(), order.placedAt(), order.expiresAt(),
                history.stream().map(OrderViews::entry).toList());
    }

    private static OrderView.Line line(OrderLine l) {
        return new OrderView.Line(l.sku().value(), l.product().value(), l.productName(), l.size(), l.firmness(), l.heightCm(),
                l.quantity(), l.unitPrice(), l.lineTotal());
    }

    private static OrderView.HistoryEntry entry(StatusChange c) {
        return new OrderView.HistoryEntry(c.from(), c.to(), c.action(), c.actor(), c.reason(), c.at());
    }
}
