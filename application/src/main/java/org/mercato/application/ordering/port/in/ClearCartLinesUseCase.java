package org.mercato.application.ordering.port.in;

import java.util.Collection;
import java.util.UUID;
import org.mercato.domain.catalog.SkuCode;

/**
 * Removes the named lines from the shopper's cart once an order has taken them. It joins the caller's
 * transaction, so a rolled-back placement leaves the cart as it was. Lines not named (added while the
 * order was being placed, or not ordered) stay; absent SKUs are ignored.
 */
public interface ClearCartLinesUseCase {

    void clear(UUID accountId, Collection<SkuCode> skus);
}
