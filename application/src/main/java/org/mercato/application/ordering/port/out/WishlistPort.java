package org.mercato.application.ordering.port.out;

import java.util.List;
import java.util.UUID;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.ordering.WishlistItem;

/** The stored items of shoppers' wishlists, keyed by account and SKU code. */
public interface WishlistPort {

    List<WishlistItem> load(UUID accountId);

    /** Stores the item unless the SKU is already there; a concurrent add of the same SKU does not fail. */
    void add(UUID accountId, WishlistItem item);

    void remove(UUID accountId, SkuCode sku);
}
