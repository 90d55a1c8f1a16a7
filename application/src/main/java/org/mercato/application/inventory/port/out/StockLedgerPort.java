package org.mercato.application.inventory.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mercato.application.inventory.port.in.StockView;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.inventory.StockChange;
import org.mercato.domain.inventory.StockLevel;
import org.mercato.domain.inventory.Warehouse;
import org.mercato.domain.inventory.WarehouseId;

/** Stock levels and their append-only ledger. */
public interface StockLedgerPort {

    Optional<Warehouse> findWarehouse(String code);

    List<Warehouse> warehouses();

    /** The product each known SKU belongs to; unknown SKUs are absent from the map. */
    Map<SkuCode, ProductId> productsOf(Collection<SkuCode> skus);

    /**
     * Locks the stock rows of these SKUs in this warehouse for the rest of the transaction (pessimistic
     * write, in ascending SKU id order, the order every stock writer uses), creating empty rows where
     * none exist yet.
     */
    Map<SkuCode, StockLevel> lockForUpdate(WarehouseId warehouse, Collection<SkuCode> skus);

    /** Stores the new level and appends its movement to the ledger. */
    void record(StockChange change);

    StockView.StockPage list(Optional<WarehouseId> warehouse, StockView.StockQuery query, int lowStockThreshold);

    List<StockView.MovementRow> movements(Optional<WarehouseId> warehouse, SkuCode sku);
}
