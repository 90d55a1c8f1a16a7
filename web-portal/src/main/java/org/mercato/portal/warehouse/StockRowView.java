package org.mercato.portal.warehouse;

import java.io.Serializable;
import org.mercato.application.inventory.port.in.StockView;

/** One SKU in one warehouse as the stock list shows it. Expression Language 5 reads getters, not record accessors. */
public final class StockRowView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String sku;
    private final String productName;
    private final String warehouseCode;
    private final int onHand;
    private final int reserved;
    private final int available;
    private final boolean low;

    StockRowView(StockView.StockRow row) {
        this.sku = row.sku();
        this.productName = row.productName();
        this.warehouseCode = row.warehouseCode();
        this.onHand = row.onHand();
        this.reserved = row.reserved();
        this.available = row.available();
        this.low = row.low();
    }

    /** Identifies the row within a page of the table. */
    String key() {
        return warehouseCode + "/" + sku;
    }

    public String getSku() {
        return sku;
    }

    public String getProductName() {
        return productName;
    }

    public String getWarehouseCode() {
        return warehouseCode;
    }

    public int getOnHand() {
        return onHand;
    }

    public int getReserved() {
        return reserved;
    }

    public int getAvailable() {
        return available;
    }

    public boolean isLow() {
        return low;
    }
}
