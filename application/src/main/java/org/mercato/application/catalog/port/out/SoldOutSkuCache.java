package org.mercato.application.catalog.port.out;

import java.util.Optional;

/**
 * The availability overlay of search (SKUs whose sold-out state changed since they were indexed), shared
 * by every node of a cluster and versioned by a generation number, so that an overlay read from the
 * database before a stock change can never be stored after it (ADR 0014, ADR 0015).
 *
 * <p>Whoever commits a stock change that can make a SKU sold out or available again (reservations,
 * releases, receiving, adjustments, feeds) calls {@link #invalidate()} after the commit.
 */
public interface SoldOutSkuCache {

    /** The cached overlay if there is one, and the current generation either way. */
    Lookup lookup();

    /**
     * Stores an overlay read from the database after {@link #lookup()} returned {@code generation}. Stores
     * nothing and answers false when an invalidation happened in between (or another reader stored first).
     */
    boolean store(long generation, AvailabilityOverlay overlay);

    /** Drops the overlay on every node and starts a new generation. */
    void invalidate();

    record Lookup(long generation, Optional<AvailabilityOverlay> overlay) {
    }
}
