package org.mercato.adapters.out.persistence.search;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.mercato.adapters.out.persistence.catalog.ProductEntity;
import org.mercato.adapters.out.persistence.catalog.SkuEntity;

/**
 * JPA listener on the catalog's entities: a change marks its product (or, for a manufacturer or category,
 * the names) to be read anew into this node's catalog snapshot ({@link CatalogSnapshots}), at flush and once
 * more after the transaction, so that a search reading in between does not keep the state before the commit.
 */
public class CatalogChangeListener {

    /** Looked up once: a lookup per entity event costs a feed import of thousands of SKUs dearly. */
    private static volatile TransactionSynchronizationRegistry transactions;

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        UUID product = entity instanceof ProductEntity p ? p.id() : entity instanceof SkuEntity s ? s.productId() : null;
        mark(product);
        TransactionSynchronizationRegistry registry = registry();
        try {
            if (registry == null || registry.getTransactionKey() == null) {
                return;
            }
            // One synchronization a transaction, however many SKUs it writes.
            MarksAfterCompletion after = (MarksAfterCompletion) registry.getResource(MarksAfterCompletion.class);
            if (after == null) {
                after = new MarksAfterCompletion();
                registry.putResource(MarksAfterCompletion.class, after);
                registry.registerInterposedSynchronization(after);
            }
            after.add(product);
        } catch (IllegalStateException e) {
            // The transaction is ending: the mark at flush is all there is.
        }
    }

    /** A product id, or null for a manufacturer or category (names of many products). */
    private static void mark(UUID product) {
        if (product != null) {
            CatalogSnapshots.productChanged(product);
        } else {
            CatalogSnapshots.manufacturerOrCategoryChanged();
        }
    }

    /** The marks of one transaction, set again once it has ended. */
    private static final class MarksAfterCompletion implements Synchronization {
        private final Set<UUID> products = new HashSet<>();
        private boolean names;

        void add(UUID product) {
            if (product != null) {
                products.add(product);
            } else {
                names = true;
            }
        }

        @Override
        public void beforeCompletion() {
            // nothing before the commit
        }

        @Override
        public void afterCompletion(int status) {
            products.forEach(CatalogChangeListener::mark);
            if (names) {
                mark(null);
            }
        }
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
