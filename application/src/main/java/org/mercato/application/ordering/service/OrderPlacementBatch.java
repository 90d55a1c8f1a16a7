package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.SoldOutSkuCache;
import org.mercato.application.ordering.port.in.ClearCartLinesUseCase;
import org.mercato.application.ordering.port.in.InsufficientStockException;
import org.mercato.application.ordering.port.out.EventOutbox;
import org.mercato.application.ordering.port.out.OrderIdempotencyKeys;
import org.mercato.application.ordering.port.out.OrderStore;
import org.mercato.application.ordering.port.out.StockReservationPort;
import org.mercato.application.ordering.port.out.StockReservationPort.OrderRequest;
import org.mercato.application.ordering.port.out.StockReservationPort.ReservationOutcome;
import org.mercato.application.ordering.port.out.StockReservationPort.StockMovementSummary;
import org.mercato.domain.ordering.Order;
import org.mercato.domain.ordering.OrderLine;

/**
 * Places a batch of prepared orders in one database transaction (SPEC decision 2, ADR 0019). The orders
 * are written first; then the stock rows of all their SKUs are locked at once in ascending SKU id order
 * and each order is reserved in full or not at all, in arrival order. An order that is short is taken
 * out again and refused on its own; each of the others gets its OrderPlaced event and Idempotency-Key.
 */
@ApplicationScoped
@Transactional
public class OrderPlacementBatch {

    private OrderStore orders;
    private StockReservationPort reservations;
    private OrderIdempotencyKeys keys;
    private EventOutbox outbox;
    private ClearCartLinesUseCase clearCart;
    private StockAvailabilityNotices notices;

    protected OrderPlacementBatch() {
        // for CDI client proxies
    }

    @Inject
    public OrderPlacementBatch(OrderStore orders, StockReservationPort reservations, OrderIdempotencyKeys keys, EventOutbox outbox,
            ClearCartLinesUseCase clearCart, ProductDetailCache productPages, SoldOutSkuCache soldOut) {
        this.orders = orders;
        this.reservations = reservations;
        this.keys = keys;
        this.outbox = outbox;
        this.clearCart = clearCart;
        this.notices = new StockAvailabilityNotices(productPages, soldOut);
    }

    /** One answer per pending placement, in the same order: empty when it was placed, else why not. */
    public List<Optional<InsufficientStockException>> place(List<PendingPlacement> batch) {
        List<Order> all = batch.stream().map(PendingPlacement::order).toList();
        // Everything that needs no stock lock is written before the locks are taken, so that they are held
        // from there to the commit and no longer; and the caches work before the locks too (they evict
        // again after the commit).
        notices.pagesChanging(all);
        orders.add(all, batch.stream().map(PendingPlacement::placement).toList());
        List<ReservationOutcome> outcomes = reservations.reserveEach(batch.stream()
                .map(p -> new OrderRequest(p.order().id(), p.order().lines().stream()
                        .map(l -> new StockReservationPort.Request(l.sku(), l.quantity())).toList()))
                .toList());

        List<Optional<InsufficientStockException>> answers = new ArrayList<>();
        List<PendingPlacement> placed = new ArrayList<>();
        List<Order> refused = new ArrayList<>();
        List<StockMovementSummary> moved = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            PendingPlacement pending = batch.get(i);
            ReservationOutcome outcome = outcomes.get(i);
            if (outcome.succeeded()) {
                placed.add(pending);
                moved.addAll(outcome.reserved());
                answers.add(Optional.empty());
            } else {
                refused.add(pending.order());
                answers.add(Optional.of(new InsufficientStockException(outcome.shortages().stream()
                        .map(s -> new InsufficientStockException.ShortLine(pending.fieldOf(s.sku().value()), s.sku().value(), s.requested(),
                                s.available()))
                        .toList())));
            }
        }
        if (!refused.isEmpty()) {
            orders.discard(refused);
        }
        if (!placed.isEmpty()) {
            outbox.append(placed.stream().map(p -> p.order().placedEvent()).toList());
            keys.store(placed.stream().map(PendingPlacement::key).toList());
            for (PendingPlacement p : placed) {
                if (p.fromCart()) {
                    // Ordered from the cart: those lines are bought now. Lines added meanwhile stay.
                    Order order = p.order();
                    clearCart.clear(order.accountId(), order.lines().stream().map(OrderLine::sku).toList());
                }
            }
        }
        notices.availabilityChanged(moved);
        return answers;
    }
}
