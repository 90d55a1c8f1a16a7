package org.mercato.adapters.out.persistence.search;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * JPA listener on the indexed entities: a change makes this node's cached search answers stale at flush
 * and once more after the commit (when Hibernate Search has indexed it), so no answer read in between
 * survives (see {@link SearchResultCache}).
 */
public class CatalogChangeListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        SearchResultCache.catalogChanged();
        try {
            TransactionSynchronizationRegistry transactions = (TransactionSynchronizationRegistry)
                    new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
            if (transactions.getTransactionKey() != null) {
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        // nothing before the commit
                    }

                    @Override
                    public void afterCompletion(int status) {
                        SearchResultCache.catalogChanged();
                    }
                });
            }
        } catch (NamingException | IllegalStateException e) {
            // No transaction to follow: the bump at flush is all there is.
        }
    }
}
