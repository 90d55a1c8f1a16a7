package org.mercato.application.inventory.port.in;

import org.mercato.application.inventory.port.in.StockView.StockRow;

/** Corrects on-hand with a reason and a note (ledger row ADJUSTED, DAMAGED or RETURNED). Warehouse staff only. */
public interface AdjustStockUseCase {

    StockRow adjust(String staffUsername, StockCommands.AdjustStock adjustment);
}
