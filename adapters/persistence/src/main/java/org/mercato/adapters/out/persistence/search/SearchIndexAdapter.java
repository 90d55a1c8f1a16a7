package org.mercato.adapters.out.persistence.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import org.hibernate.search.mapper.orm.Search;
import org.mercato.adapters.out.persistence.catalog.ProductEntity;
import org.mercato.application.catalog.port.out.SearchIndexPort;

/** The {@code product} index: its emptiness at start and a full rebuild with the mass indexer. */
@ApplicationScoped
public class SearchIndexAdapter implements SearchIndexPort {

    @PersistenceUnit(unitName = "mercato")
    EntityManagerFactory entityManagerFactory;
    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    @Transactional
    public boolean isEmpty() {
        return Search.session(em).search(ProductEntity.class).where(f -> f.matchAll()).fetchTotalHitCount() == 0;
    }

    // The mass indexer loads entities in transactions of its own, on its own threads.
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long rebuild() {
        try {
            Search.mapping(entityManagerFactory).scope(ProductEntity.class).massIndexer()
                    .purgeAllOnStart(true)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(100)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding the search index", e);
        }
        return em.createQuery("select count(p) from ProductEntity p", Long.class).getSingleResult();
    }
}
