package org.mercato.application.inventory.port.in;

import java.util.List;

/** Stock as a member of staff may see it: a scoped clerk sees only their own warehouse. */
public interface ListStockUseCase {

    StockView.StockPage listStock(String staffUsername, StockView.StockQuery query);

    List<StockView.WarehouseRow> visibleWarehouses(String staffUsername);

    List<StockView.MovementRow> movements(String staffUsername, String warehouseCode, String sku);
}
