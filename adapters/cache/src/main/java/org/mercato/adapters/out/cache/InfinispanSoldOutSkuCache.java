package org.mercato.adapters.out.cache;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.infinispan.Cache;
import org.mercato.application.catalog.port.out.AvailabilityOverlay;
import org.mercato.application.catalog.port.out.SoldOutSkuCache;
import org.mercato.domain.catalog.SkuCode;

/**
 * Search's availability overlay in the replicated cache {@code mercato/sold-out-skus}, one entry holding a
 * generation number and, until the next invalidation, the SKUs sold out and available again since they
 * were indexed (ADR 0014, ADR 0015). Every write is a conditional
 * {@code putIfAbsent}/{@code replace} against the value just read, which Infinispan applies atomically
 * on the key's primary owner: a reader that saw generation n stores only while the entry is still
 * "generation n, no set", so a set loaded before a stock change can never overwrite the invalidation.
 *
 * <p>A stored set expires after {@code mercato.search.sold-out-skus.max-age}, the bound on staleness
 * for stock changed behind Mercato's back (plain SQL); the invalidation marker never expires.
 */
@ApplicationScoped
public class InfinispanSoldOutSkuCache implements SoldOutSkuCache {

    private static final Logger LOG = Logger.getLogger(InfinispanSoldOutSkuCache.class.getName());
    private static final String KEY = "sold-out-skus";

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "java:jboss/infinispan/cache/mercato/sold-out-skus")
    Cache<String, String> cache;

    private Duration maxAge;
    private final Jsonb json = JsonbBuilder.create();

    protected InfinispanSoldOutSkuCache() {
        // for CDI client proxies
    }

    @Inject
    public InfinispanSoldOutSkuCache(
            @ConfigProperty(name = "mercato.search.sold-out-skus.max-age", defaultValue = "PT1M") Duration maxAge) {
        this.maxAge = maxAge;
    }

    /** The cached value: two sets of SKU codes, or none (null) right after an invalidation. */
    public record Entry(long generation, List<String> soldOut, List<String> available) {
    }

    /** The last entry read and its overlay: searches between two changes skip parsing it again. */
    private volatile Parsed last;

    private record Parsed(String raw, Lookup lookup) {
    }

    @Override
    public Lookup lookup() {
        String raw = cache.get(KEY);
        Parsed parsed = last;
        if (parsed != null && raw != null && raw.equals(parsed.raw())) {
            return parsed.lookup();
        }
        Entry entry = read(raw);
        Lookup lookup = new Lookup(entry.generation(), entry.soldOut() == null || entry.available() == null
                ? Optional.empty()
                : Optional.of(new AvailabilityOverlay(codes(entry.soldOut()), codes(entry.available()))));
        if (raw != null) {
            last = new Parsed(raw, lookup);
        }
        return lookup;
    }

    private static Set<SkuCode> codes(List<String> codes) {
        return codes.stream().map(SkuCode::new).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> sorted(Set<SkuCode> codes) {
        return codes.stream().map(SkuCode::value).sorted().toList();
    }

    @Override
    public boolean store(long generation, AvailabilityOverlay overlay) {
        String current = cache.get(KEY);
        Entry entry = read(current);
        if (entry.generation() != generation || entry.soldOut() != null) {
            return false;
        }
        String value = json.toJson(new Entry(generation, sorted(overlay.soldOutNow()), sorted(overlay.availableNow())));
        long lifespan = maxAge.toMillis();
        return current == null
                ? cache.putIfAbsent(KEY, value, lifespan, TimeUnit.MILLISECONDS) == null
                : cache.replace(KEY, current, value, lifespan, TimeUnit.MILLISECONDS);
    }

    /** A new generation now and again after the caller's transaction, so no set read before the commit survives it. */
    @Override
    public void invalidate() {
        AfterTransaction.nowAndAfterCompletion(transactions, this::startNewGeneration);
    }

    private void startNewGeneration() {
        while (true) {
            String current = cache.get(KEY);
            String marker = json.toJson(new Entry(read(current).generation() + 1, null, null));
            boolean written = current == null
                    ? cache.putIfAbsent(KEY, marker) == null
                    : cache.replace(KEY, current, marker);
            if (written) {
                return;
            }
        }
    }

    private Entry read(String value) {
        if (value == null) {
            return new Entry(0, null, null);
        }
        try {
            return json.fromJson(value, Entry.class);
        } catch (JsonbException | IllegalArgumentException e) {
            // Another version's format: a fresh generation replaces it at the next invalidation or store.
            LOG.log(Level.WARNING, "Unreadable sold-out-skus cache entry; treating it as invalidated", e);
            return new Entry(0, null, null);
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
