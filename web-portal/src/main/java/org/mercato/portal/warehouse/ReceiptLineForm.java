package org.mercato.portal.warehouse;

import java.io.Serializable;

/** One line of the goods receipt form as typed, with the use case's complaints about it. */
public final class ReceiptLineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int id;
    private String sku;
    private Integer quantity;
    private String skuError;
    private String quantityError;

    ReceiptLineForm(int id) {
        this.id = id;
    }

    /** Stable while lines are added and removed, unlike the line's position. */
    public int getId() {
        return id;
    }

    /** A line left empty is not part of the receipt. */
    boolean isBlank() {
        return sku == null && quantity == null;
    }

    void clearErrors() {
        skuError = null;
        quantityError = null;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku == null || sku.isBlank() ? null : sku.strip();
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getSkuError() {
        return skuError;
    }

    void setSkuError(String skuError) {
        this.skuError = skuError;
    }

    public String getQuantityError() {
        return quantityError;
    }

    void setQuantityError(String quantityError) {
        this.quantityError = quantityError;
    }
}
