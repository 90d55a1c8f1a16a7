package org.mercato.application.ordering.port.in;

import java.util.Objects;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

/**
 * A SKU as a cart shows it: its product, a display name (model and variant), the current price and the
 * units available over all warehouses (on hand minus reserved).
 */
public record SkuOffer(SkuCode sku, ProductId productId, String name, Money price, int available) {
    public SkuOffer {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        available = Math.max(0, available);
    }
}
