package org.mercato.application.ordering.port.in;

public interface ExpireDueOrdersUseCase {

    /**
     * Expires up to {@code batchSize} unpaid orders whose payment window has passed, in one transaction,
     * releasing exactly their reservations. Answers how many it expired; fewer than {@code batchSize}
     * means none are left for now.
     */
    int expireDueOrders(int batchSize);
}
