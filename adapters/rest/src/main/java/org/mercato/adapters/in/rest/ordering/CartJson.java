package org.mercato.adapters.in.rest.ordering;

import java.util.List;
import org.mercato.adapters.in.rest.support.MoneyJson;
import org.mercato.application.ordering.port.in.CartView;
import org.mercato.application.ordering.port.in.SkuOffer;

/**
 * The cart of API.md, priced now. {@code total} is left out (null; JSON-B omits nulls) for an empty cart
 * and for the rare cart whose lines ended up in two currencies. A line whose SKU has left the catalog has
 * no productId, name, unitPrice or lineTotal and 0 available; it counts towards no total.
 */
public record CartJson(List<Item> items, MoneyJson total) {

    public static CartJson of(CartView cart) {
        return new CartJson(cart.items().stream().map(Item::of).toList(), cart.total().map(MoneyJson::of).orElse(null));
    }

    public record Item(String sku, String productId, String name, int quantity,
            MoneyJson unitPrice, MoneyJson lineTotal, int available) {

        static Item of(CartView.Item item) {
            SkuOffer offer = item.offer().orElse(null);
            return new Item(item.sku().value(), offer == null ? null : offer.productId().toString(),
                    offer == null ? null : offer.name(), item.quantity(),
                    offer == null ? null : MoneyJson.of(offer.price()),
                    item.lineTotal().map(MoneyJson::of).orElse(null), item.available());
        }
    }
}
