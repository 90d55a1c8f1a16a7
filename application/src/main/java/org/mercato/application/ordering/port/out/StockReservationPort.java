package org.mercato.application.ordering.port.out;

import java.util.Collection;
import java.util.List;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.ordering.OrderId;

/**
 * Holds and gives back stock for orders. One operation reserves every line of the orders, so that its
 * implementation (today pessimistic row locks in ascending SKU id order, SPEC decision 2) can be
 * replaced by a faster one without touching the use cases.
 */
public interface StockReservationPort {

    /**
     * Reserves every line of each order or nothing of it, for several orders at once, in list order: an
     * order sees the stock the orders before it took. The outcomes are in the same order. On success the
     * stock stays reserved for the order until {@link #release} or shipment; a short order changes nothing.
     * Placement commits the orders of a batch together (ADR 0019), so they pay for the locks and the
     * commit once.
     */
    List<ReservationOutcome> reserveEach(List<OrderRequest> orders);

    /** Gives back everything these orders hold, locking the stock rows in the same order as {@link #reserveEach}. */
    List<StockMovementSummary> release(Collection<OrderId> orders);

    record Request(SkuCode sku, int quantity) {
    }

    record OrderRequest(OrderId order, List<Request> lines) {
    }

    /** What one SKU had available over all warehouses before and after the change. */
    record StockMovementSummary(SkuCode sku, int availableBefore, int availableAfter) {

        public boolean crossedZero() {
            return (availableBefore > 0) != (availableAfter > 0);
        }
    }

    /** Either every line was reserved ({@code shortages} empty), or none was. */
    record ReservationOutcome(List<StockMovementSummary> reserved, List<Shortage> shortages) {

        public boolean succeeded() {
            return shortages.isEmpty();
        }
    }

    record Shortage(SkuCode sku, int requested, int available) {
    }
}
