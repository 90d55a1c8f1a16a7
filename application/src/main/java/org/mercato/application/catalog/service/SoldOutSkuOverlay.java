package org.mercato.application.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mercato.application.catalog.port.out.AvailabilityOverlay;
import org.mercato.application.catalog.port.out.LoadAvailabilityChangesPort;
import org.mercato.application.catalog.port.out.SoldOutSkuCache;

/**
 * The availability changes that search lays over its index, which holds each SKU's sold-out state only as
 * of indexing (ADR 0015). Read through the shared cache; on a miss, one query over the few changed SKUs.
 * An overlay read before an invalidation is used for the request that read it but never cached (ADR 0014).
 */
@ApplicationScoped
public class SoldOutSkuOverlay {

    private SoldOutSkuCache cache;
    private LoadAvailabilityChangesPort stock;

    protected SoldOutSkuOverlay() {
        // for CDI client proxies
    }

    @Inject
    public SoldOutSkuOverlay(SoldOutSkuCache cache, LoadAvailabilityChangesPort stock) {
        this.cache = cache;
        this.stock = stock;
    }

    public AvailabilityOverlay current() {
        SoldOutSkuCache.Lookup lookup = cache.lookup();
        if (lookup.overlay().isPresent()) {
            return lookup.overlay().get();
        }
        AvailabilityOverlay loaded = stock.loadAvailabilityChanges();
        cache.store(lookup.generation(), loaded);
        return loaded;
    }
}
