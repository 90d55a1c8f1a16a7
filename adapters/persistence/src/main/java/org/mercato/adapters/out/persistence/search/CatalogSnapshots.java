package org.mercato.adapters.out.persistence.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * This node's {@link CatalogSnapshot}: read whole at start (or after a rebuild), then kept in step with the
 * catalog changes this node commits. {@link CatalogChangeListener} marks a changed product (at flush and again
 * after the commit); the next search reads the marked products anew before it runs, in its own transaction,
 * so a committed change is searchable as soon as its transaction returns, as with the index (ADR 0021).
 * Several nodes (on the Elasticsearch backend) each keep their own snapshot and see only their own changes
 * at once; {@code mercato.search.catalog-reload-interval} makes each read the whole catalog anew in the
 * background that often (off by default: one node needs no reload).
 */
@ApplicationScoped
public class CatalogSnapshots {

    private static final Logger LOG = Logger.getLogger(CatalogSnapshots.class.getName());

    /** Products changed since they were last read; JPA listeners are no CDI beans, hence static. */
    private static final Set<UUID> CHANGED_PRODUCTS = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean DICTIONARIES_CHANGED = new AtomicBoolean();

    @PersistenceContext(unitName = "mercato")
    EntityManager em;
    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;
    /** Through the container, for the transaction of {@link #load()}. */
    @Inject
    CatalogSnapshots self;
    @Inject
    @ConfigProperty(name = "mercato.search.catalog-reload-interval", defaultValue = "PT0S")
    Duration reloadInterval;

    private final ReentrantLock writer = new ReentrantLock();
    private volatile CatalogSnapshot current = CatalogSnapshot.EMPTY;
    private volatile boolean loading;
    private volatile long loadedAt = System.nanoTime();
    private final AtomicBoolean reloadSubmitted = new AtomicBoolean();
    private long versions;

    static void productChanged(UUID product) {
        CHANGED_PRODUCTS.add(product);
    }

    static void manufacturerOrCategoryChanged() {
        DICTIONARIES_CHANGED.set(true);
    }

    /** The snapshot with every change committed so far on this node; reads changed products first. */
    @Transactional
    public CatalogSnapshot current() {
        reloadWhenDue();
        if ((CHANGED_PRODUCTS.isEmpty() && !DICTIONARIES_CHANGED.get()) || loading) {
            return current; // while the whole catalog is read, the changes wait for the load to finish
        }
        writer.lock();
        try {
            // Taken before reading: a change committed meanwhile marks its product again, for the next search.
            List<UUID> changed = new ArrayList<>(CHANGED_PRODUCTS);
            CHANGED_PRODUCTS.removeAll(changed);
            DICTIONARIES_CHANGED.set(false);
            CatalogSnapshot before = current;
            CatalogSnapshot after = em.unwrap(Session.class).doReturningWork(connection -> {
                CatalogSnapshotReader reader = new CatalogSnapshotReader(connection, before.dictionaries);
                List<CatalogSnapshot.Product> products = reader.read(changed);
                Set<UUID> gone = new HashSet<>(changed);
                products.forEach(p -> gone.remove(p.id()));
                return before.with(products, gone, reader.dictionaries(), ++versions);
            });
            current = after;
            return after;
        } finally {
            writer.unlock();
        }
    }

    private void reloadWhenDue() {
        if (reloadInterval.isZero() || reloadInterval.isNegative() || loading
                || System.nanoTime() - loadedAt < reloadInterval.toNanos() || !reloadSubmitted.compareAndSet(false, true)) {
            return;
        }
        executor.execute(() -> {
            try {
                self.load();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reading the search catalog anew failed; the next search tries again", e);
            } finally {
                reloadSubmitted.set(false);
            }
        });
    }

    /** Reads the whole catalog anew; searches go on with the previous snapshot meanwhile. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public CatalogSnapshot load() {
        writer.lock();
        loading = true;
        try {
            long started = System.nanoTime();
            CHANGED_PRODUCTS.clear();
            DICTIONARIES_CHANGED.set(false);
            CatalogSnapshot loaded = em.unwrap(Session.class).doReturningWork(connection -> {
                CatalogSnapshotReader reader = new CatalogSnapshotReader(connection, CatalogSnapshot.EMPTY.dictionaries);
                Collection<CatalogSnapshot.Product> products = reader.readAll(read -> {
                    if (read > 0 && read % 2_000_000 == 0) {
                        LOG.info(() -> "Search catalog: %,d SKUs read".formatted(read));
                    }
                });
                return CatalogSnapshot.of(products, reader.dictionaries(), ++versions);
            });
            current = loaded;
            loadedAt = System.nanoTime();
            LOG.info(() -> "Search catalog: %,d products with %,d SKUs read in %d ms."
                    .formatted(loaded.productCount(), loaded.skuCount(), (System.nanoTime() - started) / 1_000_000));
            return loaded;
        } finally {
            loading = false;
            writer.unlock();
        }
    }
}
