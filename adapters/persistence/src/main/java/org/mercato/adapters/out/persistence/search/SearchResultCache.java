package org.mercato.adapters.out.persistence.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.application.catalog.port.in.ProductSearchQuery;
import org.mercato.application.catalog.port.out.AvailabilityOverlay;

/**
 * This node's recent search answers (page of priced hits, total, facets), keyed by the query, the
 * availability overlay and the catalog version. The overlay determines every SKU's sold-out state (a SKU
 * not in it is as loaded), so a stock change that crosses zero changes the key; a product, SKU,
 * manufacturer or category written on this node bumps the version at flush and again after the commit
 * ({@link CatalogChangeListener}), so a cached answer never outlives a local change. Catalog changes on
 * other nodes (Elasticsearch backend) are seen after {@code mercato.search.result-cache.ttl} at most
 * (ADR 0015).
 */
@ApplicationScoped
public class SearchResultCache {

    /** Bumped on every catalog change this node makes, and after an index rebuild. */
    static final AtomicLong CATALOG_VERSION = new AtomicLong();

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private long ttlNanos;
    private int maxEntries;

    protected SearchResultCache() {
        // for CDI client proxies
    }

    @Inject
    public SearchResultCache(
            @ConfigProperty(name = "mercato.search.result-cache.ttl", defaultValue = "PT5M") Duration ttl,
            @ConfigProperty(name = "mercato.search.result-cache.max-entries", defaultValue = "10000") int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    record Key(ProductSearchQuery query, AvailabilityOverlay availability, long catalogVersion) {
    }

    private record Entry(long expiresAt, Object answer) {
    }

    @SuppressWarnings("unchecked")
    <T> T get(ProductSearchQuery query, AvailabilityOverlay availability, Supplier<T> search) {
        if (ttlNanos <= 0) {
            return search.get();
        }
        long version = CATALOG_VERSION.get();
        Key key = new Key(query, availability, version);
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && now - entry.expiresAt() < 0) {
            return (T) entry.answer();
        }
        T answer = search.get();
        if (entries.size() >= maxEntries) {
            // Crude but bounded: a full cache starts over; the head of the traffic refills it at once.
            entries.clear();
        }
        // Stored only if no change happened meanwhile: a search that raced a change is not kept.
        if (CATALOG_VERSION.get() == version) {
            entries.put(key, new Entry(now + ttlNanos, answer));
        }
        return answer;
    }

    static void catalogChanged() {
        CATALOG_VERSION.incrementAndGet();
    }
}
