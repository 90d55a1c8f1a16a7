package org.mercato.portal.warehouse;

import org.mercato.application.inventory.port.in.StockView;

/** One ledger row of a SKU as the movement history shows it. */
public final class MovementRowView {

    private final String at;
    private final String warehouseCode;
    private final int delta;
    private final String reason;
    private final String actor;
    private final String reference;

    MovementRowView(StockView.MovementRow movement) {
        this.at = WarehouseRequests.time(movement.at());
        this.warehouseCode = movement.warehouseCode();
        this.delta = movement.delta();
        this.reason = movement.reason();
        this.actor = movement.actor();
        this.reference = movement.reference();
    }

    public String getAt() {
        return at;
    }

    public String getWarehouseCode() {
        return warehouseCode;
    }

    public int getDelta() {
        return delta;
    }

    public String getDeltaText() {
        return WarehouseRequests.signed(delta);
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    /** The delivery note of a receipt, or the note of an adjustment or stocktake. */
    public String getReference() {
        return reference;
    }
}
