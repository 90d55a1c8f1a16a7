package org.mercato.application.ordering.service;

import java.util.List;
import org.mercato.application.ordering.port.out.OrderIdempotencyKeys.NewKey;
import org.mercato.domain.ordering.Order;
import org.mercato.domain.ordering.OrderLine;
import org.mercato.domain.ordering.StatusChange;

/**
 * A validated, priced order that holds no stock yet, with what its commit writes beside it.
 *
 * @param fromCart whether the order was placed from the cart, whose ordered lines then leave it
 */
public record PendingPlacement(Order order, StatusChange placement, NewKey key, boolean fromCart)
        implements OrderPlacementPreparation.Prepared {

    /** {@code items[i]} of the request that listed this SKU: the order keeps the request's lines in their order. */
    String fieldOf(String sku) {
        List<OrderLine> lines = order.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).sku().value().equals(sku)) {
                return "items[" + i + "]";
            }
        }
        return "items";
    }
}
