package org.mercato.application.ordering.port.out;

import java.util.Collection;
import java.util.Map;
import org.mercato.application.ordering.port.in.SkuOffer;
import org.mercato.domain.catalog.SkuCode;

/**
 * What the catalog offers for SKUs right now: current price and availability from the committed
 * database state, never from a cache, so carts show live prices and stock.
 */
@FunctionalInterface
public interface SkuOffersPort {

    /** The offers of the SKUs that exist; codes the catalog does not know are absent from the map. */
    Map<SkuCode, SkuOffer> offers(Collection<SkuCode> skus);
}
