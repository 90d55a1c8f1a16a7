package org.mercato.application.ordering.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mercato.domain.catalog.SkuCode;

/** A wishlist with each SKU's current offer; the offer is empty for a SKU that has left the catalog. */
public record WishlistView(List<Item> items) {

    public WishlistView {
        items = List.copyOf(items);
    }

    public record Item(SkuCode sku, Instant addedAt, Optional<SkuOffer> offer) {
    }
}
