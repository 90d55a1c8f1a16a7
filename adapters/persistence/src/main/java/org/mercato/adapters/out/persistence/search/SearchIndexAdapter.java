package org.mercato.adapters.out.persistence.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.hibernate.CacheMode;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.mercato.adapters.out.persistence.catalog.ProductEntity;
import org.mercato.application.catalog.port.out.SearchIndexPort;

/**
 * The {@code product} index and this node's catalog snapshot: the index's emptiness at start, reading the
 * snapshot, and a full rebuild of both with the mass indexer, logging its progress and telling
 * {@link SearchIndexReadinessCheck} whether search is complete.
 */
@ApplicationScoped
public class SearchIndexAdapter implements SearchIndexPort {

    private static final Logger LOG = Logger.getLogger(SearchIndexAdapter.class.getName());

    @PersistenceUnit(unitName = "mercato")
    EntityManagerFactory entityManagerFactory;
    @PersistenceContext(unitName = "mercato")
    EntityManager em;
    @Inject
    SearchIndexState state;
    @Inject
    CatalogSnapshots snapshots;

    @Override
    @Transactional
    public boolean isEmpty() {
        return Search.session(em).search(ProductEntity.class).where(f -> f.matchAll()).fetchTotalHitCount() == 0;
    }

    @Override
    @Transactional
    public long skusToIndex() {
        return em.createQuery("select count(s) from SkuEntity s", Long.class).getSingleResult();
    }

    @Override
    public void open() {
        state.pending();
        try {
            snapshots.load();
        } catch (RuntimeException e) {
            state.failed();
            throw e;
        }
        state.complete();
    }

    @Override
    public void markRebuildPending() {
        state.pending();
    }

    @Override
    public void markRebuildFailed() {
        state.failed();
    }

    // The mass indexer loads entities in transactions of its own, on its own threads.
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long rebuild() {
        state.pending();
        try {
            snapshots.load();
            // Documents hold a product's text, manufacturer and category: no SKUs (ADR 0021).
            Search.mapping(entityManagerFactory).scope(ProductEntity.class).massIndexer()
                    .purgeAllOnStart(true)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(100)
                    .idFetchSize(1000)
                    .cacheMode(CacheMode.IGNORE)
                    .transactionTimeout((int) Duration.ofHours(2).toSeconds())
                    // One segment answers faster than the many a bulk load leaves behind.
                    .mergeSegmentsOnFinish(true)
                    .monitor(new ProgressLog(state))
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state.failed();
            throw new IllegalStateException("interrupted while rebuilding the search index", e);
        } catch (RuntimeException e) {
            state.failed();
            throw e;
        }
        state.complete();
        return em.createQuery("select count(p) from ProductEntity p", Long.class).getSingleResult();
    }

    /** Logs products indexed, percent, documents per second and the time left, every 10 seconds at most. */
    static final class ProgressLog implements MassIndexingMonitor {
        private static final long EVERY_NANOS = Duration.ofSeconds(10).toNanos();
        private final SearchIndexState state;
        private final AtomicLong added = new AtomicLong();
        private final AtomicLong total = new AtomicLong();
        private final long started = System.nanoTime();
        private volatile long lastLog = started;

        ProgressLog(SearchIndexState state) {
            this.state = state;
        }

        @Override
        public void documentsAdded(long increment) {
            long done = added.addAndGet(increment);
            state.progress(done, total.get());
            long now = System.nanoTime();
            if (now - lastLog >= EVERY_NANOS) {
                lastLog = now;
                long all = total.get();
                double rate = done * 1e9 / (now - started);
                long eta = rate > 0 ? (long) ((all - done) / rate) : -1;
                LOG.info(() -> "Search index: %,d of %,d products (%d%%), %,.0f products/s, ETA %d min %02d s"
                        .formatted(done, all, all == 0 ? 0 : done * 100 / all, rate, eta / 60, eta % 60));
            }
        }

        @Override
        public void documentsBuilt(long increment) {
            // counted when added
        }

        @Override
        public void entitiesLoaded(long increment) {
            // counted when added
        }

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {
            LOG.info(() -> "Search index: all %,d products indexed in %d s; merging segments."
                    .formatted(added.get(), (System.nanoTime() - started) / 1_000_000_000));
        }
    }
}
