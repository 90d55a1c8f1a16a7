package org.mercato.application.ordering.service;

import java.util.List;
import org.mercato.application.ordering.port.out.OrderIdempotencyKeys.NewKey;
import org.mercato.domain.ordering.Order;
import org.mercato.domain.ordering.StatusChange;

/**
 * A validated, priced order that holds no stock yet, with what its commit writes beside it.
 *
 * @param requestedSkus the SKU codes as the request listed them, so a shortage can name its field
 * @param fromCart whether the order was placed from the cart, whose ordered lines then leave it
 */
public record PendingPlacement(Order order, StatusChange placement, NewKey key, boolean fromCart, List<String> requestedSkus)
        implements OrderPlacementPreparation.Prepared {

    /** {@code items[i]} of the request that listed this SKU. */
    String fieldOf(String sku) {
        return "items[" + requestedSkus.indexOf(sku) + "]";
    }
}
