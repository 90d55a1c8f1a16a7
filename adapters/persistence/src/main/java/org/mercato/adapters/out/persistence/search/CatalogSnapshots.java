package org.mercato.adapters.out.persistence.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /** JPA listeners are no CDI beans: the marks reach this node's one keeper statically. */
    private static final SnapshotKeeper KEEPER = new SnapshotKeeper();

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

    private volatile long loadedAt = System.nanoTime();
    private final AtomicBoolean reloadSubmitted = new AtomicBoolean();

    static void productChanged(UUID product) {
        KEEPER.productChanged(product);
    }

    static void manufacturerOrCategoryChanged() {
        KEEPER.namesChanged();
    }

    /** The snapshot with every change committed so far on this node; reads changed products first. */
    @Transactional
    public CatalogSnapshot current() {
        reloadWhenDue();
        return KEEPER.current((before, products) -> em.unwrap(Session.class).doReturningWork(connection -> {
            CatalogSnapshotReader reader = new CatalogSnapshotReader(connection, before.dictionaries);
            List<CatalogSnapshot.Product> read = reader.read(products);
            Set<UUID> gone = new HashSet<>(products);
            read.forEach(p -> gone.remove(p.id()));
            return before.with(read, gone, reader.dictionaries());
        }));
    }

    private void reloadWhenDue() {
        if (reloadInterval.isZero() || reloadInterval.isNegative()
                || System.nanoTime() - loadedAt < reloadInterval.toNanos() || !reloadSubmitted.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    self.load();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Reading the search catalog anew failed; the next search tries again", e);
                } finally {
                    reloadSubmitted.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            reloadSubmitted.set(false);
        }
    }

    /** Reads the whole catalog anew; searches go on meanwhile (see {@link SnapshotKeeper}). */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public CatalogSnapshot load() {
        long started = System.nanoTime();
        CatalogSnapshot loaded = KEEPER.load(() -> em.unwrap(Session.class).doReturningWork(connection -> {
            CatalogSnapshotReader reader = new CatalogSnapshotReader(connection, CatalogSnapshot.EMPTY.dictionaries);
            Collection<CatalogSnapshot.Product> products = reader.readAll(read -> {
                if (read > 0 && read % 2_000_000 == 0) {
                    LOG.info(() -> "Search catalog: %,d SKUs read".formatted(read));
                }
            });
            return CatalogSnapshot.of(products, reader.dictionaries());
        }));
        loadedAt = System.nanoTime();
        LOG.info(() -> "Search catalog: %,d products with %,d SKUs read in %d ms."
                .formatted(loaded.productCount(), loaded.skuCount(), (System.nanoTime() - started) / 1_000_000));
        return loaded;
    }
}
