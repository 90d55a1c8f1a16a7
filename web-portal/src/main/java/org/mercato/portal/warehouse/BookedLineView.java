package org.mercato.portal.warehouse;

import java.io.Serializable;
import org.mercato.application.inventory.port.in.StockView;

/** A booked receipt line: what came in and what the warehouse holds of the SKU now. */
public final class BookedLineView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String sku;
    private final int received;
    private final int onHand;
    private final int available;

    BookedLineView(int received, StockView.StockRow after) {
        this.sku = after.sku();
        this.received = received;
        this.onHand = after.onHand();
        this.available = after.available();
    }

    public String getSku() {
        return sku;
    }

    public int getReceived() {
        return received;
    }

    public int getOnHand() {
        return onHand;
    }

    public int getAvailable() {
        return available;
    }
}
