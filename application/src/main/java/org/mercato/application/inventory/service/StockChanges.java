package org.mercato.application.inventory.service;

import java.util.Map;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.SoldOutSkuCache;
import org.mercato.application.inventory.port.in.StockView.StockRow;
import org.mercato.application.inventory.port.out.StockLedgerPort;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.inventory.StockChange;
import org.mercato.domain.inventory.Warehouse;

/**
 * Records a change and makes sure no cache shows the old availability: the product's page, and the
 * search's sold-out set when this warehouse's availability of the SKU crossed zero (ADR 0014).
 */
final class StockChanges {

    private final StockLedgerPort ledger;
    private final ProductDetailCache productPages;
    private final SoldOutSkuCache soldOut;
    private final int lowStockThreshold;

    StockChanges(StockLedgerPort ledger, ProductDetailCache productPages, SoldOutSkuCache soldOut, int lowStockThreshold) {
        this.ledger = ledger;
        this.productPages = productPages;
        this.soldOut = soldOut;
        this.lowStockThreshold = lowStockThreshold;
    }

    StockRow record(StockChange change, Warehouse warehouse, Map<SkuCode, ProductId> products, String productName) {
        ledger.record(change);
        ProductId product = products.get(change.after().sku());
        if (product != null) {
            productPages.evict(product);
        }
        // A SKU is sold out when no warehouse has one available, so only a crossing of zero here can change that.
        if ((change.before().available() > 0) != (change.after().available() > 0)) {
            soldOut.invalidate();
        }
        return row(change, warehouse, productName);
    }

    StockRow row(StockChange change, Warehouse warehouse, String productName) {
        var after = change.after();
        return new StockRow(after.sku().value(), productName, warehouse.code(), after.onHand(), after.reserved(),
                after.available(), after.available() < lowStockThreshold);
    }
}
