package org.mercato.application.inventory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.SoldOutSkuCache;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.inventory.port.in.ReceiveGoodsUseCase;
import org.mercato.application.inventory.port.in.StockCommands;
import org.mercato.application.inventory.port.in.StockView.StockRow;
import org.mercato.application.inventory.port.out.StockLedgerPort;
import org.mercato.domain.accounts.StaffUser;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.inventory.StockLevel;
import org.mercato.domain.inventory.Warehouse;

@ApplicationScoped
@Transactional
public class ReceiveGoodsService implements ReceiveGoodsUseCase {

    private StockLedgerPort ledger;
    private WarehouseAccess access;
    private StockChanges changes;
    private Clock clock;

    protected ReceiveGoodsService() {
        // for CDI client proxies
    }

    @Inject
    public ReceiveGoodsService(StockLedgerPort ledger, LoadStaffUserPort staff, ProductDetailCache productPages, SoldOutSkuCache soldOut, Clock clock,
            @ConfigProperty(name = "mercato.inventory.low-stock-threshold", defaultValue = "10") int lowStockThreshold) {
        this.ledger = ledger;
        this.access = new WarehouseAccess(staff, ledger);
        this.changes = new StockChanges(ledger, productPages, soldOut, lowStockThreshold);
        this.clock = clock;
    }

    @Override
    public List<StockRow> receive(String staffUsername, StockCommands.ReceiveGoods receipt) {
        StaffUser user = access.warehouseStaff(staffUsername);
        Warehouse warehouse = access.warehouse(user, receipt.warehouseCode());
        List<SkuCode> skus = receipt.lines().stream().map(l -> new SkuCode(l.sku())).toList();
        Map<SkuCode, ProductId> products = ledger.productsOf(skus);
        List<InvalidInputException.FieldViolation> unknown = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            if (!products.containsKey(skus.get(i))) {
                unknown.add(new InvalidInputException.FieldViolation("lines[" + i + "].sku", "there is no SKU " + skus.get(i)));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        Map<SkuCode, StockLevel> levels = ledger.lockForUpdate(warehouse.id(), skus);
        Instant now = clock.instant();
        List<StockRow> rows = new ArrayList<>();
        for (StockCommands.ReceiptLine line : receipt.lines()) {
            SkuCode sku = new SkuCode(line.sku());
            rows.add(changes.record(levels.get(sku).receive(line.quantity(), user.username(), receipt.reference(), now),
                    warehouse, products, null));
        }
        return rows;
    }
}
