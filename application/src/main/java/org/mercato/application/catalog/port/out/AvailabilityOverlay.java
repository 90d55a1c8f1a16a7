package org.mercato.application.catalog.port.out;

import java.util.Set;
import org.mercato.domain.catalog.SkuCode;

/**
 * What search lays over its index for availability (ADR 0015): the index holds each SKU's "sold out" as
 * of when its product was indexed; these are the SKUs whose state changed since some earlier point, each
 * with its state now. A SKU in neither set is as the index says.
 */
public record AvailabilityOverlay(Set<SkuCode> soldOutNow, Set<SkuCode> availableNow) {

    public static final AvailabilityOverlay NONE = new AvailabilityOverlay(Set.of(), Set.of());

    public AvailabilityOverlay {
        soldOutNow = Set.copyOf(soldOutNow);
        availableNow = Set.copyOf(availableNow);
    }

    /** Whether a SKU is sold out now, given what the index recorded for it. */
    public boolean isSoldOut(SkuCode sku, boolean soldOutWhenIndexed) {
        if (soldOutNow.contains(sku)) {
            return true;
        }
        return !availableNow.contains(sku) && soldOutWhenIndexed;
    }

    public int size() {
        return soldOutNow.size() + availableNow.size();
    }
}
