package org.mercato.portal.warehouse;

import java.io.Serializable;
import org.mercato.application.inventory.port.in.StockView;

/** A warehouse the signed-in member of staff may work in, as a choice in a form. */
public final class WarehouseOption implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String label;

    WarehouseOption(StockView.WarehouseRow warehouse) {
        this.code = warehouse.code();
        this.label = warehouse.code() + " \u00b7 " + warehouse.name() + ", " + warehouse.city();
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }
}
