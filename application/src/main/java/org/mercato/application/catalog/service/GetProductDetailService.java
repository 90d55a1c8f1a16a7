package org.mercato.application.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.mercato.application.catalog.port.in.GetProductDetailUseCase;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.application.catalog.port.out.LoadProductDetailPort;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.ProductImagesPort;
import org.mercato.application.storage.service.PublicObjectUrls;
import org.mercato.domain.catalog.ProductId;

/**
 * Read-through: the replicated cache answers when it can, the database otherwise (and fills the cache).
 * Images are cached as public URLs; changing {@code mercato.storage.cdn-base-url} takes a restart, and
 * cached pages with the old base expire within the cache's lifespan while both bases keep serving.
 */
@ApplicationScoped
public class GetProductDetailService implements GetProductDetailUseCase {

    private LoadProductDetailPort products;
    private ProductImagesPort images;
    private PublicObjectUrls urls;
    private ProductDetailCache cache;

    protected GetProductDetailService() {
        // for CDI client proxies
    }

    @Inject
    public GetProductDetailService(LoadProductDetailPort products, ProductImagesPort images, PublicObjectUrls urls,
            ProductDetailCache cache) {
        this.products = products;
        this.images = images;
        this.urls = urls;
        this.cache = cache;
    }

    // No transaction here (ADR 0007's exception): a cache hit touches no database, and beginning and
    // committing a JTA transaction was a sixth of a hit's CPU, measured. On a miss the persistence adapter
    // reads in a transaction of its own.
    @Override
    public Optional<ProductDetail> getProductDetail(ProductId id) {
        Optional<ProductDetail> cached = cache.find(id);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<ProductDetail> loaded = products.loadProductDetail(id)
                .map(detail -> detail.withImages(ProductImageViews.urls(images.imagesOf(id), urls)));
        loaded.ifPresent(cache::store);
        return loaded;
    }
}
