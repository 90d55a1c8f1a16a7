package org.mercato.application.ordering.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.SoldOutSkuCache;
import org.mercato.application.ordering.port.out.StockReservationPort.StockMovementSummary;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
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

    void changed(Collection<Order> orders, List<StockMovementSummary> movements) {
        if (movements.isEmpty()) {
            return;
        }
        Map<SkuCode, ProductId> products = new HashMap<>();
        orders.forEach(o -> o.lines().forEach(l -> products.put(l.sku(), l.product())));
        movements.stream().map(m -> products.get(m.sku())).filter(p -> p != null).distinct().forEach(productPages::evict);
        if (movements.stream().anyMatch(StockMovementSummary::crossedZero)) {
            soldOut.invalidate();
        }
    }
}
