package org.mercato.adapters.out.cache;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an invalidation now and once more when the caller's transaction has completed. A reader between
 * the two still saw the old, committed data and may have cached it; the second run removes that.
 */
final class AfterTransaction {

    private AfterTransaction() {
    }

    static void nowAndAfterCompletion(TransactionSynchronizationRegistry transactions, Runnable invalidation) {
        invalidation.run();
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    invalidation.run();
                }
            });
        }
    }
}
