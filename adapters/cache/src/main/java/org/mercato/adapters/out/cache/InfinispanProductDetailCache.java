package org.mercato.adapters.out.cache;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.infinispan.Cache;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.domain.catalog.ProductId;

/**
 * Product pages in the replicated Infinispan cache {@code mercato/product-detail} (configured by the
 * server's CLI scripts). Values are stored as JSON strings: every node and every later version of
 * Mercato can read them without sharing Java classes with the cache's marshaller. An entry that
 * cannot be read any more is treated as a miss.
 */
@ApplicationScoped
public class InfinispanProductDetailCache implements ProductDetailCache {

    private static final Logger LOG = Logger.getLogger(InfinispanProductDetailCache.class.getName());

    @Resource(lookup = "java:jboss/infinispan/cache/mercato/product-detail")
    Cache<String, String> cache;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Jsonb json = JsonbBuilder.create();

    /** Pages most read lately, parsed: at the full scale a page has 500 SKUs, 70 KB of JSON to parse. */
    private static final int MAX_PARSED = 512;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    private record Parsed(String raw, ProductDetail detail) {
    }

    @Override
    public Optional<ProductDetail> find(ProductId id) {
        String key = id.toString();
        String entry = cache.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        Parsed known = parsed.get(key);
        // The same cached value (usually the same String instance) as last time: the same page, unparsed.
        if (known != null && (known.raw() == entry || known.raw().equals(entry))) {
            return Optional.of(known.detail());
        }
        try {
            ProductDetail detail = json.fromJson(entry, ProductDetail.class);
            remember(key, entry, detail);
            return Optional.of(detail);
        } catch (JsonbException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Dropping an unreadable product-detail cache entry for " + id, e);
            cache.remove(id.toString());
            return Optional.empty();
        }
    }

    @Override
    public void store(ProductDetail detail) {
        String key = detail.id().toString();
        String entry = json.toJson(detail);
        cache.put(key, entry);
        // The next find hands out this very instance, so the page rendered from it is rendered once, not again after a parse.
        remember(key, entry, detail);
    }

    private void remember(String key, String entry, ProductDetail detail) {
        if (parsed.size() >= MAX_PARSED) {
            parsed.clear();
        }
        parsed.put(key, new Parsed(entry, detail));
    }

    /**
     * Evicts now and once more after the caller's transaction completes: a reader that cached the page
     * between the two saw the old, still committed data, and must not keep it.
     */
    @Override
    public void evict(ProductId id) {
        String key = id.toString();
        AfterTransaction.nowAndAfterCompletion(transactions, () -> cache.remove(key));
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
