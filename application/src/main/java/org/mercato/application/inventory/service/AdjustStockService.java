package org.mercato.application.inventory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.SoldOutSkuCache;
import org.mercato.application.common.ConflictException;
import org.mercato.application.common.NotFoundException;
import org.mercato.application.inventory.port.in.AdjustStockUseCase;
import org.mercato.application.inventory.port.in.StockCommands;
import org.mercato.application.inventory.port.in.StockView.StockRow;
import org.mercato.application.inventory.port.out.StockLedgerPort;
import org.mercato.domain.accounts.StaffUser;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.inventory.StockChange;
import org.mercato.domain.inventory.StockRuleViolation;
import org.mercato.domain.inventory.Warehouse;

@ApplicationScoped
@Transactional
public class AdjustStockService implements AdjustStockUseCase {

    private StockLedgerPort ledger;
    private WarehouseAccess access;
    private StockChanges changes;
    private Clock clock;

    protected AdjustStockService() {
        // for CDI client proxies
    }

    @Inject
    public AdjustStockService(StockLedgerPort ledger, LoadStaffUserPort staff, ProductDetailCache productPages, SoldOutSkuCache soldOut, Clock clock,
            @ConfigProperty(name = "mercato.inventory.low-stock-threshold", defaultValue = "10") int lowStockThreshold) {
        this.ledger = ledger;
        this.access = new WarehouseAccess(staff, ledger);
        this.changes = new StockChanges(ledger, productPages, soldOut, lowStockThreshold);
        this.clock = clock;
    }

    @Override
    public StockRow adjust(String staffUsername, StockCommands.AdjustStock adjustment) {
        StaffUser user = access.warehouseStaff(staffUsername);
        Warehouse warehouse = access.warehouse(user, adjustment.warehouseCode());
        SkuCode sku = new SkuCode(adjustment.sku());
        Map<SkuCode, ProductId> products = ledger.productsOf(List.of(sku));
        if (products.isEmpty()) {
            throw new NotFoundException("sku", "there is no SKU " + sku);
        }
        try {
            StockChange change = ledger.lockForUpdate(warehouse.id(), List.of(sku)).get(sku)
                    .adjust(adjustment.delta(), adjustment.reason(), user.username(), adjustment.note(), clock.instant());
            return changes.record(change, warehouse, products, null);
        } catch (StockRuleViolation e) {
            throw new ConflictException("stock-conflict", e.getMessage());
        }
    }
}
