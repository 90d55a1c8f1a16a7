package org.mercato.application.inventory.port.in;

import java.util.List;
import org.mercato.application.inventory.port.in.StockView.StockRow;

/**
 * Books a goods receipt: every line raises on-hand and writes a RECEIVED movement, all in one
 * transaction (a bad line books nothing). Warehouse staff only; a clerk scoped to a warehouse books
 * only into it.
 */
public interface ReceiveGoodsUseCase {

    List<StockRow> receive(String staffUsername, StockCommands.ReceiveGoods receipt);
}
