package org.mercato.adapters.in.rest.ordering;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.mercato.adapters.in.rest.support.MoneyJson;
import org.mercato.application.ordering.port.in.CartView;
import org.mercato.application.ordering.port.in.SkuOffer;

/**
 * The cart of API.md, priced now. {@code total} is null for an empty cart (and for the rare cart whose
 * lines ended up in two currencies). A line whose SKU has left the catalog has null productId, name,
 * unitPrice and lineTotal and 0 available; it counts towards no total.
 */
public record CartJson(List<Item> items, @JsonbNillable MoneyJson total) {

    public static CartJson of(CartView cart) {
        return new CartJson(cart.items().stream().map(Item::of).toList(), cart.total().map(MoneyJson::of).orElse(null));
    }

    public record Item(String sku, @JsonbNillable String productId, @JsonbNillable String name, int quantity,
            @JsonbNillable MoneyJson unitPrice, @JsonbNillable MoneyJson lineTotal, int available) {

        static Item of(CartView.Item item) {
            SkuOffer offer = item.offer().orElse(null);
            return new Item(item.sku().value(), offer == null ? null : offer.productId().toString(),
                    offer == null ? null : offer.name(), item.quantity(),
                    offer == null ? null : MoneyJson.of(offer.price()),
                    item.lineTotal().map(MoneyJson::of).orElse(null), item.available());
        }
    }
}
