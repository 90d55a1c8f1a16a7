package org.mercato.application.ordering.port.in;

public interface CountExpiryBacklogUseCase {

    /** Unpaid orders past their payment window that the sweeper has not expired yet. */
    long expiredAwaitingSweep();
}
