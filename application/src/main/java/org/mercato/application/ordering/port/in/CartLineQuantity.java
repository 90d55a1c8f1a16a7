package org.mercato.application.ordering.port.in;

import java.util.Objects;
import org.mercato.domain.catalog.SkuCode;

/** A cart line as order placement needs it: which SKU and how many, nothing else (no price). */
public record CartLineQuantity(SkuCode sku, int quantity) {
    public CartLineQuantity {
        Objects.requireNonNull(sku, "sku");
    }
}
