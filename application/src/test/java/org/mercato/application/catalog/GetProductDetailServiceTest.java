package org.mercato.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.ProductImagesPort;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.application.storage.service.PublicObjectUrls;
import org.mercato.application.catalog.service.GetProductDetailService;
import org.mercato.domain.catalog.CategoryId;
import org.mercato.domain.catalog.ManufacturerId;
import org.mercato.domain.catalog.ProductId;

class GetProductDetailServiceTest {

    private final ProductId id = new ProductId(UUID.randomUUID());
    private final ProductDetail detail = new ProductDetail(id, "Dormio Aurora", "", "foam",
            new ProductDetail.ManufacturerRef(new ManufacturerId(UUID.randomUUID()), "Dormio"),
            new ProductDetail.CategoryRef(new CategoryId(UUID.randomUUID()), "latex", "Latex"),
            Map.of(), List.of(), List.of());
    private final InMemoryCache cache = new InMemoryCache();
    private final AtomicInteger databaseReads = new AtomicInteger();

    private final InMemoryProductImages images = new InMemoryProductImages();

    private final GetProductDetailService service = new GetProductDetailService(productId -> {
        databaseReads.incrementAndGet();
        return productId.equals(id) ? Optional.of(detail) : Optional.empty();
    }, images, new PublicObjectUrls(Optional.empty()), cache);

    @Test
    void a_miss_reads_the_database_once_and_fills_the_cache() {
        assertThat(service.getProductDetail(id)).contains(detail);
        assertThat(service.getProductDetail(id)).contains(detail);
        assertThat(databaseReads).hasValue(1);
        assertThat(cache.entries).containsKey(id);
    }

    @Test
    void images_are_their_public_urls_in_gallery_order() {
        images.add(image(id, "products/p/second.png", 1));
        images.add(image(id, "products/p/first.jpg", 0));
        assertThat(service.getProductDetail(id)).get().extracting(ProductDetail::images).asList()
                .containsExactly("/api/v1/media/products/p/first.jpg", "/api/v1/media/products/p/second.png");
        assertThat(cache.entries.get(id).images()).as("cached with them").hasSize(2);
    }

    static ProductImagesPort.StoredProductImage image(ProductId product, String path, int position) {
        return new ProductImagesPort.StoredProductImage(UUID.randomUUID(), product, ObjectKey.publicMedia(path), position,
                "image/png", 10, "warehouse", Instant.parse("2026-11-22T10:00:00Z"));
    }

    @Test
    void an_unknown_product_is_empty_and_not_cached() {
        assertThat(service.getProductDetail(new ProductId(UUID.randomUUID()))).isEmpty();
        assertThat(cache.entries).isEmpty();
    }

    @Test
    void an_evicted_product_is_read_again() {
        service.getProductDetail(id);
        cache.evict(id);
        service.getProductDetail(id);
        assertThat(databaseReads).hasValue(2);
    }

    static final class InMemoryCache implements ProductDetailCache {
        final Map<ProductId, ProductDetail> entries = new HashMap<>();

        @Override
        public Optional<ProductDetail> find(ProductId id) {
            return Optional.ofNullable(entries.get(id));
        }

        @Override
        public void store(ProductDetail detail) {
            entries.put(detail.id(), detail);
        }

        @Override
        public void evict(ProductId id) {
            entries.remove(id);
        }
    }
}
