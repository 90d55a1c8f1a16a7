package org.mercato.adapters.out.persistence.search;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.mercato.adapters.out.persistence.catalog.ProductEntity;
import org.mercato.adapters.out.persistence.catalog.SkuEntity;

/**
 * JPA listener on the catalog's entities: a change marks its product (or, for a manufacturer or category,
 * the names) to be read anew into this node's catalog snapshot ({@link CatalogSnapshots}), at flush and once
 * more after the commit, so that a search reading in between does not keep the state before the commit.
 */
public class CatalogChangeListener {

    /** Looked up once: a lookup per entity event costs a feed import of thousands of SKUs dearly. */
    private static volatile TransactionSynchronizationRegistry transactions;

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        Runnable mark = marker(entity);
        mark.run();
        TransactionSynchronizationRegistry registry = registry();
        try {
            if (registry == null || registry.getTransactionKey() == null) {
                return;
            }
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    mark.run();
                }
            });
        } catch (IllegalStateException e) {
            // The transaction is ending: the mark at flush is all there is.
        }
    }

    private static Runnable marker(Object entity) {
        if (entity instanceof ProductEntity product) {
            return () -> CatalogSnapshots.productChanged(product.id());
        }
        if (entity instanceof SkuEntity sku) {
            java.util.UUID product = sku.productId();
            return () -> CatalogSnapshots.productChanged(product);
        }
        return CatalogSnapshots::manufacturerOrCategoryChanged;
    }

    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry known = transactions;
        if (known == null) {
            try {
                known = (TransactionSynchronizationRegistry)
                        new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
                transactions = known;
            } catch (NamingException e) {
                return null; // no transactions to follow: the mark at flush is all there is
            }
        }
        return known;
    }
}
