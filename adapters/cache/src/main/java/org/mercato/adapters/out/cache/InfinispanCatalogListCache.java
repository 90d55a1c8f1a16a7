package org.mercato.adapters.out.cache;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.infinispan.Cache;
import org.mercato.application.catalog.port.in.CategorySummary;
import org.mercato.application.catalog.port.in.ManufacturerSummary;
import org.mercato.application.catalog.port.out.CatalogListCache;

/**
 * The category and manufacturer lists in the replicated cache {@code mercato/catalog-lists}, as JSON
 * strings like the product pages (ADR 0008). An entry that cannot be read any more is a miss.
 */
@ApplicationScoped
public class InfinispanCatalogListCache implements CatalogListCache {

    private static final Logger LOG = Logger.getLogger(InfinispanCatalogListCache.class.getName());
    private static final String CATEGORIES = "categories";
    private static final String MANUFACTURERS = "manufacturers";

    @Resource(lookup = "java:jboss/infinispan/cache/mercato/catalog-lists")
    Cache<String, String> cache;

    private final Jsonb json = JsonbBuilder.create();

    @Override
    public Optional<List<CategorySummary>> categories() {
        return read(CATEGORIES, CategorySummary[].class);
    }

    @Override
    public void storeCategories(List<CategorySummary> categories) {
        cache.put(CATEGORIES, json.toJson(categories.toArray(CategorySummary[]::new)));
    }

    @Override
    public Optional<List<ManufacturerSummary>> manufacturers() {
        return read(MANUFACTURERS, ManufacturerSummary[].class);
    }

    @Override
    public void storeManufacturers(List<ManufacturerSummary> manufacturers) {
        cache.put(MANUFACTURERS, json.toJson(manufacturers.toArray(ManufacturerSummary[]::new)));
    }

    @Override
    public void evictAll() {
        cache.remove(CATEGORIES);
        cache.remove(MANUFACTURERS);
    }

    private <T> Optional<List<T>> read(String key, Class<T[]> type) {
        String entry = cache.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Arrays.asList(json.fromJson(entry, type)));
        } catch (JsonbException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Dropping an unreadable catalog-lists cache entry " + key, e);
            cache.remove(key);
            return Optional.empty();
        }
    }

    @PreDestroy
    void close() {
        try {
            json.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "closing JSON-B", e);
        }
    }
}
