package org.mercato.application.ordering.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mercato.application.ordering.port.in.SkuOffer;
import org.mercato.application.ordering.port.in.WishlistView;
import org.mercato.application.ordering.port.out.SkuOffersPort;
import org.mercato.application.ordering.port.out.WishlistPort;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.ordering.Wishlist;
import org.mercato.domain.ordering.WishlistItem;

/** A wishlist priced now, with one query for the offers of all its items. */
final class WishlistViews {

    private WishlistViews() {
    }

    static WishlistView view(WishlistPort wishlists, SkuOffersPort offers, UUID accountId) {
        List<WishlistItem> items = Wishlist.of(accountId, wishlists.load(accountId)).items();
        Map<SkuCode, SkuOffer> current = items.isEmpty() ? Map.of() : offers.offers(items.stream().map(WishlistItem::sku).toList());
        return new WishlistView(items.stream()
                .map(i -> new WishlistView.Item(i.sku(), i.addedAt(), Optional.ofNullable(current.get(i.sku()))))
                .toList());
    }
}
