package org.mercato.portal.warehouse.products;

import java.io.Serializable;
import org.mercato.application.catalog.port.in.ProductEditorView.ProductListRow;

/** A product in the warehouse's list. Expression Language 5 reads getters, not record accessors. */
public final class ProductRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String name;
    private final String manufacturer;
    private final String category;
    private final int skuCount;
    private final String priceFrom;
    private final int imageCount;
    private final String imageUrl;

    ProductRow(ProductListRow row) {
        this.id = row.id().toString();
        this.name = row.name();
        this.manufacturer = row.manufacturer();
        this.category = row.category();
        this.skuCount = row.skuCount();
        this.priceFrom = Prices.formatWithCurrency(row.priceFrom());
        this.imageCount = row.imageCount();
        this.imageUrl = row.imageUrl();
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public String getCategory() {
        return category;
    }

    public int getSkuCount() {
        return skuCount;
    }

    public String getPriceFrom() {
        return priceFrom;
    }

    public int getImageCount() {
        return imageCount;
    }

    public String getImageUrl() {
        return imageUrl;
    }
}
