package org.mercato.application.catalog;

import java.util.Optional;
import java.util.Set;
import org.mercato.application.catalog.port.out.AvailabilityOverlay;
import org.mercato.application.catalog.port.out.SoldOutSkuCache;
import org.mercato.domain.catalog.SkuCode;

/** The generation rules of {@link SoldOutSkuCache} in memory, as the Infinispan adapter keeps them. */
final class InMemorySoldOutSkuCache implements SoldOutSkuCache {

    private long generation;
    private AvailabilityOverlay soldOut;
    int stores;

    @Override
    public synchronized Lookup lookup() {
        return new Lookup(generation, Optional.ofNullable(soldOut));
    }

    @Override
    public synchronized boolean store(long readGeneration, AvailabilityOverlay set) {
        if (readGeneration != generation || soldOut != null) {
            return false;
        }
        soldOut = set;
        stores++;
        return true;
    }

    @Override
    public synchronized void invalidate() {
        generation++;
        soldOut = null;
    }
}
