package org.mercato.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mercato.application.catalog.port.in.CategorySummary;
import org.mercato.application.catalog.port.in.ManufacturerSummary;
import org.mercato.application.catalog.port.out.CatalogListCache;
import org.mercato.application.catalog.service.ListCategoriesService;
import org.mercato.application.catalog.service.ListManufacturersService;
import org.mercato.domain.catalog.CategoryId;
import org.mercato.domain.catalog.ManufacturerId;

class CatalogListServicesTest {

    private final InMemoryListCache cache = new InMemoryListCache();
    private final AtomicInteger databaseReads = new AtomicInteger();
    private final List<CategorySummary> categories = List.of(new CategorySummary(new CategoryId(UUID.randomUUID()), "latex", "Latex", 5));
    private final List<ManufacturerSummary> makers = List.of(new ManufacturerSummary(new ManufacturerId(UUID.randomUUID()), "Dormio", "IT", 5));

    @Test
    void lists_are_read_once_then_served_from_the_cache_until_evicted() {
        ListCategoriesService categoryService = new ListCategoriesService(() -> {
            databaseReads.incrementAndGet();
            return categories;
        }, cache);
        ListManufacturersService makerService = new ListManufacturersService(() -> {
            databaseReads.incrementAndGet();
            return makers;
        }, cache);
        assertThat(categoryService.listCategories()).isEqualTo(categories);
        assertThat(categoryService.listCategories()).isEqualTo(categories);
        assertThat(makerService.listManufacturers()).isEqualTo(makers);
        assertThat(makerService.listManufacturers()).isEqualTo(makers);
        assertThat(databaseReads).hasValue(2);
        cache.evictAll();
        categoryService.listCategories();
        makerService.listManufacturers();
        assertThat(databaseReads).hasValue(4);
    }

    static final class InMemoryListCache implements CatalogListCache {
        private List<CategorySummary> categories;
        private List<ManufacturerSummary> manufacturers;

        @Override
        public Optional<List<CategorySummary>> categories() {
            return Optional.ofNullable(categories);
        }

        @Override
        public void storeCategories(List<CategorySummary> value) {
            categories = value;
        }

        @Override
        public Optional<List<ManufacturerSummary>> manufacturers() {
            return Optional.ofNullable(manufacturers);
        }

        @Override
        public void storeManufacturers(List<ManufacturerSummary> value) {
            manufacturers = value;
        }

        @Override
        public void evictAll() {
            categories = null;
            manufacturers = null;
        }
    }
}
