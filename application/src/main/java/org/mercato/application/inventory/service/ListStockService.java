package org.mercato.application.inventory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.inventory.port.in.ListStockUseCase;
import org.mercato.application.inventory.port.in.StockView;
import org.mercato.application.inventory.port.out.StockLedgerPort;
import org.mercato.domain.accounts.StaffUser;
import org.mercato.domain.catalog.SkuCode;

@ApplicationScoped
@Transactional
public class ListStockService implements ListStockUseCase {

    private StockLedgerPort ledger;
    private WarehouseAccess access;
    private int lowStockThreshold;

    protected ListStockService() {
        // for CDI client proxies
    }

    @Inject
    public ListStockService(StockLedgerPort ledger, LoadStaffUserPort staff,
            @ConfigProperty(name = "mercato.inventory.low-stock-threshold", defaultValue = "10") int lowStockThreshold) {
        this.ledger = ledger;
        this.access = new WarehouseAccess(staff, ledger);
        this.lowStockThreshold = lowStockThreshold;
    }

    @Override
    public StockView.StockPage listStock(String staffUsername, StockView.StockQuery query) {
        StaffUser user = access.warehouseStaff(staffUsername);
        return ledger.list(access.listingScope(user, query.warehouseCode()), query, lowStockThreshold);
    }

    @Override
    public List<StockView.WarehouseRow> visibleWarehouses(String staffUsername) {
        StaffUser user = access.warehouseStaff(staffUsername);
        return ledger.warehouses().stream()
                .filter(w -> user.warehouseScope().map(scope -> scope.equals(w.id())).orElse(true))
                .map(w -> new StockView.WarehouseRow(w.code(), w.name(), w.city()))
                .toList();
    }

    @Override
    public List<StockView.MovementRow> movements(String staffUsername, String warehouseCode, String sku) {
        StaffUser user = access.warehouseStaff(staffUsername);
        if (!SkuCode.isValid(sku)) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldViolation("sku", "must be a SKU code")));
        }
        return ledger.movements(access.listingScope(user, warehouseCode), new SkuCode(sku));
    }
}
