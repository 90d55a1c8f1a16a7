package org.mercato.application.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.mercato.application.catalog.port.in.GetProductDetailUseCase;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.application.catalog.port.out.LoadProductDetailPort;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.domain.catalog.ProductId;

/** Read-through: the replicated cache answers when it can, the database otherwise (and fills the cache). */
@ApplicationScoped
public class GetProductDetailService implements GetProductDetailUseCase {

    private LoadProductDetailPort products;
    private ProductDetailCache cache;

    protected GetProductDetailService() {
        // for CDI client proxies
    }

    @Inject
    public GetProductDetailService(LoadProductDetailPort products, ProductDetailCache cache) {
        this.products = products;
        this.cache = cache;
    }

    // A transaction without enlisted resources costs next to nothing, so a cache hit pays little for it.
    @Override
    @Transactional
    public Optional<ProductDetail> getProductDetail(ProductId id) {
        Optional<ProductDetail> cached = cache.find(id);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<ProductDetail> loaded = products.loadProductDetail(id);
        loaded.ifPresent(cache::store);
        return loaded;
    }
}
