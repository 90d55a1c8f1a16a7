package org.mercato.application.inventory.port.in;

import org.mercato.application.inventory.port.in.StockView.StockRow;

/** Records a stocktake: on-hand becomes what was counted; the difference is a STOCKTAKE movement. */
public interface CountStockUseCase {

    StockRow count(String staffUsername, StockCommands.CountStock count);
}
