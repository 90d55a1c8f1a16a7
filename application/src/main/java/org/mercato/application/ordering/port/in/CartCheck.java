package org.mercato.application.ordering.port.in;

import java.util.List;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.ordering.CartCheckStatus;

/** The pre-checkout check of every cart line against the stock now; {@code ok} when every line is OK. */
public record CartCheck(boolean ok, List<Item> items) {

    public CartCheck {
        items = List.copyOf(items);
    }

    public record Item(SkuCode sku, int requested, int available, CartCheckStatus status) {
    }
}
