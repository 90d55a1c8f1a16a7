package org.mercato.application.inventory.service;

import java.util.Map;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.inventory.port.in.StockView.StockRow;
import org.mercato.application.inventory.port.out.StockLedgerPort;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.inventory.StockChange;
import org.mercato.domain.inventory.Warehouse;

/** Records a change and makes sure no cached product page shows the old availability. */
final class StockChanges {

    private final StockLedgerPort ledger;
    private final ProductDetailCache productPages;
    private final int lowStockThreshold;

    StockChanges(StockLedgerPort ledger, ProductDetailCache productPages, int lowStockThreshold) {
        this.ledger = ledger;
        this.productPages = productPages;
        this.lowStockThreshold = lowStockThreshold;
    }

    StockRow record(StockChange change, Warehouse warehouse, Map<SkuCode, ProductId> products, String productName) {
        ledger.record(change);
        ProductId product = products.get(change.after().sku());
        if (product != null) {
            productPages.evict(product);
        }
        return row(change, warehouse, productName);
    }

    StockRow row(StockChange change, Warehouse warehouse, String productName) {
        var after = change.after();
        return new StockRow(after.sku().value(), productName, warehouse.code(), after.onHand(), after.reserved(),
                after.available(), after.available() < lowStockThreshold);
    }
}
