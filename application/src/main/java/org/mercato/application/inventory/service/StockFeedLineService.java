package org.mercato.application.inventory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.SoldOutSkuCache;
import org.mercato.application.inventory.port.in.ApplyStockFeedUseCase.LineResult;
import org.mercato.application.inventory.port.in.ApplyStockFeedUseCase.Status;
import org.mercato.application.inventory.port.out.StockLedgerPort;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.inventory.StockChange;
import org.mercato.domain.inventory.StockLevel;
import org.mercato.domain.inventory.StockRuleViolation;
import org.mercato.domain.inventory.Warehouse;

/**
 * Applies one line of a stock feed in a transaction of its own, so that one bad line never undoes the
 * others. Used only by {@link ApplyStockFeedService}; a separate bean so the container starts the
 * transaction for each call.
 */
@ApplicationScoped
public class StockFeedLineService {

    private StockLedgerPort ledger;
    private StockChanges changes;
    private Clock clock;

    protected StockFeedLineService() {
        // for CDI client proxies
    }

    @Inject
    public StockFeedLineService(StockLedgerPort ledger, ProductDetailCache productPages, SoldOutSkuCache soldOut, Clock clock,
            @ConfigProperty(name = "mercato.inventory.low-stock-threshold", defaultValue = "10") int lowStockThreshold) {
        this.ledger = ledger;
        this.changes = new StockChanges(ledger, productPages, soldOut, lowStockThreshold);
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LineResult apply(int lineNumber, String actor, SkuCode sku, String warehouseCode, int onHand) {
        Optional<Warehouse> warehouse = ledger.findWarehouse(warehouseCode);
        if (warehouse.isEmpty()) {
            return new LineResult(lineNumber, sku.value(), warehouseCode, Status.UNKNOWN_WAREHOUSE, null, null,
                    "there is no warehouse " + warehouseCode);
        }
        Map<SkuCode, ProductId> products = ledger.productsOf(List.of(sku));
        if (products.isEmpty()) {
            return new LineResult(lineNumber, sku.value(), warehouseCode, Status.UNKNOWN_SKU, null, null,
                    "there is no SKU " + sku);
        }
        StockLevel level = ledger.lockForUpdate(warehouse.get().id(), List.of(sku)).get(sku);
        try {
            Optional<StockChange> change = level.count(onHand, actor, "stock feed", clock.instant());
            if (change.isEmpty()) {
                return new LineResult(lineNumber, sku.value(), warehouse.get().code(), Status.UNCHANGED, onHand, 0, null);
            }
            changes.record(change.get(), warehouse.get(), products, null);
            return new LineResult(lineNumber, sku.value(), warehouse.get().code(), Status.UPDATED, onHand,
                    change.get().movement().delta(), null);
        } catch (StockRuleViolation e) {
            return new LineResult(lineNumber, sku.value(), warehouse.get().code(), Status.BELOW_RESERVED, level.onHand(), null,
                    e.getMessage());
        }
    }
}
