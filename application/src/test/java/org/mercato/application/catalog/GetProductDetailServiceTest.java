package org.mercato.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.application.catalog.port.out.ProductDetailCache;
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

    private final GetProductDetailService service = new GetProductDetailService(productId -> {
        databaseReads.incrementAndGet();
        return productId.equals(id) ? Optional.of(detail) : Optional.empty();
    }, cache);

    @Test
    void a_miss_reads_the_database_once_and_fills_the_cache() {
        assertThat(service.getProductDetail(id)).contains(detail);
        assertThat(service.getProductDetail(id)).contains(detail);
        assertThat(databaseReads).hasValue(1);
        assertThat(cache.entries).containsKey(id);
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
