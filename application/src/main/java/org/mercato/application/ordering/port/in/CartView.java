package org.mercato.application.ordering.port.in;

import java.util.List;
import java.util.Optional;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

/**
 * A cart priced now. {@code total} is empty when the cart is empty or, exceptionally, when its lines are
 * priced in more than one currency (a product changed currency after it was put in the cart).
 */
public record CartView(List<Item> items, Optional<Money> total) {

    public CartView {
        items = List.copyOf(items);
    }

    /**
     * One line. {@code offer} is empty when the SKU has left the catalog since it was added: the line
     * stays (so the shopper sees what happened and can remove it) with nothing available.
     */
    public record Item(SkuCode sku, int quantity, Optional<SkuOffer> offer) {

        public int available() {
            return offer.map(SkuOffer::available).orElse(0);
        }

        public Optional<Money> lineTotal() {
            return offer.map(o -> o.price().times(quantity));
        }
    }
}
