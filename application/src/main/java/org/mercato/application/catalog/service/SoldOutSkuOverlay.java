package org.mercato.application.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.mercato.application.catalog.port.out.LoadSoldOutSkusPort;
import org.mercato.application.catalog.port.out.SoldOutSkuCache;
import org.mercato.domain.catalog.SkuCode;

/**
 * The sold-out SKUs that search lays over its index, which holds no availability (ADR 0014). Read
 * through the shared cache; on a miss, one aggregate query over the committed stock. A set read
 * before an invalidation is used for the request that read it but never cached.
 */
@ApplicationScoped
public class SoldOutSkuOverlay {

    private SoldOutSkuCache cache;
    private LoadSoldOutSkusPort stock;

    protected SoldOutSkuOverlay() {
        // for CDI client proxies
    }

    @Inject
    public SoldOutSkuOverlay(SoldOutSkuCache cache, LoadSoldOutSkusPort stock) {
        this.cache = cache;
        this.stock = stock;
    }

    public Set<SkuCode> soldOutSkus() {
        SoldOutSkuCache.Lookup lookup = cache.lookup();
        if (lookup.soldOut().isPresent()) {
            return lookup.soldOut().get();
        }
        Set<SkuCode> loaded = Set.copyOf(stock.loadSoldOutSkus());
        cache.store(lookup.generation(), loaded);
        return loaded;
    }
}
