package org.mercato.adapters.in.rest.ordering;

import java.util.List;
import org.mercato.application.ordering.port.in.CartCheck;

/** {@code POST /cart/check}: per line OK, NOT_ENOUGH or NOT_FOUND; {@code ok} when every line is OK. */
public record CartCheckJson(boolean ok, List<Item> items) {

    public static CartCheckJson of(CartCheck check) {
        return new CartCheckJson(check.ok(), check.items().stream()
                .map(i -> new Item(i.sku().value(), i.requested(), i.available(), i.status().name()))
                .toList());
    }

    public record Item(String sku, int requested, int available, String status) {
    }
}
