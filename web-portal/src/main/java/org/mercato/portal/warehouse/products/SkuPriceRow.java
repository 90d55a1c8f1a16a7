package org.mercato.portal.warehouse.products;

import java.io.Serializable;
import org.mercato.application.catalog.port.in.ProductEditorView.EditableSku;

/** A SKU of the price table: what it is, its stored price, and the price as typed in the editor. */
public final class SkuPriceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String sku;
    private final String size;
    private final String firmness;
    private final int heightCm;
    private final String currency;
    private final long storedMinorUnits;
    private String price;

    SkuPriceRow(EditableSku sku) {
        this.sku = sku.sku();
        this.size = sku.size();
        this.firmness = sku.firmness();
        this.heightCm = sku.heightCm();
        this.currency = sku.price().currency();
        this.storedMinorUnits = sku.price().amount();
        this.price = Prices.format(sku.price());
    }

    long storedMinorUnits() {
        return storedMinorUnits;
    }

    public String getSku() {
        return sku;
    }

    public String getSize() {
        return size;
    }

    public String getFirmness() {
        return firmness;
    }

    public int getHeightCm() {
        return heightCm;
    }

    public String getCurrency() {
        return currency;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }
}
