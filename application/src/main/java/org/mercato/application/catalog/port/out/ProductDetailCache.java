package org.mercato.application.catalog.port.out;

import java.util.Optional;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.domain.catalog.ProductId;

/**
 * A cache of product pages shared by every node of a cluster. Whoever changes a product, its prices
 * or its stock summary evicts it; a miss is always safe.
 */
public interface ProductDetailCache {

    Optional<ProductDetail> find(ProductId id);

    void store(ProductDetail detail);

    void evict(ProductId id);
}
