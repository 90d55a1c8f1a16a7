package org.mercato.domain.ordering;

import java.time.Instant;
import java.util.Objects;
import org.mercato.domain.catalog.SkuCode;

/** A SKU a shopper keeps for later; like a cart line, it carries no price. */
public record WishlistItem(SkuCode sku, Instant addedAt) {

    public WishlistItem {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
