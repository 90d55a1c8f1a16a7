package org.mercato.application.ordering.port.out;

import java.util.Collection;
import java.util.List;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.ordering.OrderId;

/**
 * Holds and gives back stock for orders. One operation reserves every line of an order, so that its
 * implementation (today pessimistic row locks in ascending SKU id order, SPEC decision 2) can be
 * replaced by a faster one without touching the use cases.
 */
public interface StockReservationPort {

    /**
     * Reserves every line or nothing. On success the stock stays reserved for {@code order} until
     * {@link #release} or shipment; on a shortage nothing is changed.
     */
    ReservationOutcome reserve(OrderId order, List<Request> lines);

    /** Gives back everything these orders hold, locking the stock rows in the same order as {@link #reserve}. */
    List<StockMovementSummary> release(Collection<OrderId> orders);

    record Request(SkuCode sku, int quantity) {
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
