package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.SoldOutSkuCache;
import org.mercato.application.ordering.port.in.ExpireDueOrdersUseCase;
import org.mercato.application.ordering.port.out.EventOutbox;
import org.mercato.application.ordering.port.out.OrderStore;
import org.mercato.application.ordering.port.out.StockReservationPort;
import org.mercato.domain.ordering.ActorKind;
import org.mercato.domain.ordering.Order;
import org.mercato.domain.ordering.OrderAction;
import org.mercato.domain.ordering.OrderExpired;
import org.mercato.domain.ordering.StatusChange;
import org.mercato.domain.ordering.Transition;

/**
 * One batch of the expiry sweep (SPEC decision 3, R53–R56), in one transaction: lock the due orders,
 * then their stock rows in ascending SKU id order (as placement does), release exactly what they hold,
 * move them to EXPIRED with a history row and an OrderExpired event. A crash mid-batch rolls the whole
 * batch back; the next run finds the same orders still due, so nothing is lost or released twice.
 */
@ApplicationScoped
@Transactional
public class ExpireDueOrdersService implements ExpireDueOrdersUseCase {

    static final String ACTOR = "system:expiry";

    private OrderStore orders;
    private StockReservationPort reservations;
    private EventOutbox outbox;
    private StockAvailabilityNotices notices;
    private Clock clock;

    protected ExpireDueOrdersService() {
        // for CDI client proxies
    }

    @Inject
    public ExpireDueOrdersService(OrderStore orders, StockReservationPort reservations, EventOutbox outbox, ProductDetailCache productPages,
            SoldOutSkuCache soldOut, Clock clock) {
        this.orders = orders;
        this.reservations = reservations;
        this.outbox = outbox;
        this.notices = new StockAvailabilityNotices(productPages, soldOut);
        this.clock = clock;
    }

    @Override
    public int expireDueOrders(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        Instant now = clock.instant();
        List<Order> due = orders.lockDueForExpiry(now, batchSize);
        if (due.isEmpty()) {
            return 0;
        }
        List<StatusChange> changes = new ArrayList<>(due.size());
        List<OrderExpired> events = new ArrayList<>(due.size());
        for (Order order : due) {
            Transition expired = order.perform(OrderAction.EXPIRE, ActorKind.SYSTEM, now);
            changes.add(order.changeFor(expired, ACTOR, "not paid by " + order.expiresAt(), now));
            events.add(new OrderExpired(UUID.randomUUID(), order.id(), order.accountId(), now, order.expiresAt()));
        }
        notices.changed(due, reservations.release(due.stream().map(Order::id).toList()));
        orders.update(due, changes);
        outbox.append(events);
        return due.size();
    }
}
