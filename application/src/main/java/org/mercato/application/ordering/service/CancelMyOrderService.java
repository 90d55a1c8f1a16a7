package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.SoldOutSkuCache;
import org.mercato.application.common.ConflictException;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.common.InvalidInputException.FieldViolation;
import org.mercato.application.common.NotFoundException;
import org.mercato.application.ordering.port.in.CancelMyOrderUseCase;
import org.mercato.application.ordering.port.in.OrderView;
import org.mercato.application.ordering.port.out.EventOutbox;
import org.mercato.application.ordering.port.out.OrderStore;
import org.mercato.application.ordering.port.out.StockReservationPort;
import org.mercato.domain.ordering.ActorKind;
import org.mercato.domain.ordering.Order;
import org.mercato.domain.ordering.OrderAction;
import org.mercato.domain.ordering.OrderCancelled;
import org.mercato.domain.ordering.OrderId;
import org.mercato.domain.ordering.PaymentStatus;
import org.mercato.domain.ordering.StatusChange;
import org.mercato.domain.ordering.Transition;
import org.mercato.domain.ordering.TransitionRefused;

/**
 * A shopper cancels before dispatch (R52). The order row is locked first and the stock rows after it,
 * the order the expiry sweeper also keeps, so a cancel racing the sweeper waits rather than deadlocks,
 * and the loser finds the order no longer cancellable: the stock comes back exactly once.
 */
@ApplicationScoped
@Transactional
public class CancelMyOrderService implements CancelMyOrderUseCase {

    static final int MAX_REASON_LENGTH = 500;

    private OrderStore orders;
    private StockReservationPort reservations;
    private EventOutbox outbox;
    private StockAvailabilityNotices notices;
    private Clock clock;

    protected CancelMyOrderService() {
        // for CDI client proxies
    }

    @Inject
    public CancelMyOrderService(OrderStore orders, StockReservationPort reservations, EventOutbox outbox, ProductDetailCache productPages,
            SoldOutSkuCache soldOut, Clock clock) {
        this.orders = orders;
        this.reservations = reservations;
        this.outbox = outbox;
        this.notices = new StockAvailabilityNotices(productPages, soldOut);
        this.clock = clock;
    }

    @Override
    public OrderView cancel(UUID accountId, UUID orderId, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException(List.of(new FieldViolation("reason", "must be at most " + MAX_REASON_LENGTH + " characters")));
        }
        Order order = orders.lockOwn(accountId, new OrderId(orderId))
                .orElseThrow(() -> new NotFoundException("id", "You have no order " + orderId + "."));
        Instant now = clock.instant();
        Transition transition;
        try {
            transition = order.perform(OrderAction.CANCEL, ActorKind.SHOPPER, now);
        } catch (TransitionRefused e) {
            throw new ConflictException("order-not-cancellable", "This order cannot be cancelled: " + e.getMessage() + ".");
        }
        String actor = "shopper:" + accountId;
        StatusChange change = order.changeFor(transition, actor, why, now);
        if (transition.releasesReservation()) {
            notices.changed(List.of(order), reservations.release(List.of(order.id())));
        }
        orders.update(List.of(order), List.of(change));
        outbox.append(List.of(new OrderCancelled(UUID.randomUUID(), order.id(), accountId, now, actor, why,
                order.paymentStatus() == PaymentStatus.REFUND_PENDING)));
        return OrderViews.of(order, orders.history(order.id()), now);
    }
}
