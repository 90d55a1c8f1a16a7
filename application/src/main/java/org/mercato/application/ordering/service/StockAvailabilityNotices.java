package org.mercato.application.ordering.service;

import java.util.Collection;
import java.util.List;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.SoldOutSkuCache;
import org.mercato.application.ordering.port.out.StockReservationPort.StockMovementSummary;
import org.mercato.domain.ordering.Order;

/**
 * After a reservation or a release, no cache may show the old availability: the product pages of the
 * SKUs involved are evicted, and the search's sold-out set when a SKU ran out or came back (ADR 0014).
 */
final class StockAvailabilityNotices {

    private final ProductDetailCache productPages;
    private final SoldOutSkuCache soldOut;

    StockAvailabilityNotices(ProductDetailCache productPages, SoldOutSkuCache soldOut) {
        this.productPages = productPages;
        this.soldOut = soldOut;
    }

    /**
     * Evicts the product pages of these orders now and again after the commit (the cache adapter does both).
     * Placement calls it before it locks stock, so the lock is not held while the cache works.
     */
    void pagesChanging(Collection<Order> orders) {
        orders.stream().flatMap(o -> o.lines().stream()).map(l -> l.product()).distinct().forEach(productPages::evict);
    }

    /** After a reservation: only a SKU that ran out or came back changes the search's sold-out overlay. */
    void availabilityChanged(List<StockMovementSummary> movements) {
        if (movements.stream().anyMatch(StockMovementSummary::crossedZero)) {
            soldOut.invalidate();
        }
    }

    /** After a release: the orders' product pages, and the overlay if a SKU came back. */
    void changed(Collection<Order> orders, List<StockMovementSummary> movements) {
        if (!movements.isEmpty()) {
            pagesChanging(orders);
            availabilityChanged(movements);
        }
    }
}
