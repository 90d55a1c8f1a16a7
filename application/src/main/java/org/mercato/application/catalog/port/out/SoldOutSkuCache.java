package org.mercato.application.catalog.port.out;

import java.util.Optional;
import java.util.Set;
import org.mercato.domain.catalog.SkuCode;

/**
 * The set of sold-out SKUs, shared by every node of a cluster and versioned by a generation number,
 * so that a set read from the database before a stock change can never be stored after it.
 *
 * <p>Whoever commits a stock change that can make a SKU sold out or available again (reservations,
 * releases, receiving, adjustments, feeds) calls {@link #invalidate()} after the commit.
 */
public interface SoldOutSkuCache {

    /** The cached set if there is one, and the current generation either way. */
    Lookup lookup();

    /**
     * Stores a set read from the database after {@link #lookup()} returned {@code generation}. Stores
     * nothing and answers false when an invalidation happened in between (or another reader stored first).
     */
    boolean store(long generation, Set<SkuCode> soldOut);

    /** Drops the set on every node and starts a new generation. */
    void invalidate();

    record Lookup(long generation, Optional<Set<SkuCode>> soldOut) {
    }
}
