package org.mercato.adapters.in.rest.ordering;

import java.util.List;
import org.mercato.adapters.in.rest.support.MoneyJson;
import org.mercato.application.ordering.port.in.SkuOffer;
import org.mercato.application.ordering.port.in.WishlistView;

/** The wishlist with current prices; an item whose SKU left the catalog has no productId, name or price (left out) and 0 available. */
public record WishlistJson(List<Item> items) {

    public static WishlistJson of(WishlistView wishlist) {
        return new WishlistJson(wishlist.items().stream().map(Item::of).toList());
    }

    public record Item(String sku, String productId, String name,
            MoneyJson price, int available, String addedAt) {

        static Item of(WishlistView.Item item) {
            SkuOffer offer = item.offer().orElse(null);
            return new Item(item.sku().value(), offer == null ? null : offer.productId().toString(),
                    offer == null ? null : offer.name(), offer == null ? null : MoneyJson.of(offer.price()),
                    offer == null ? 0 : offer.available(), item.addedAt().toString());
        }
    }
}
