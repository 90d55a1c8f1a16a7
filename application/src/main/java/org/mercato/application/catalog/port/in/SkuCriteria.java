package org.mercato.application.catalog.port.in;

import org.mercato.application.common.Violations;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.MattressSize;

/**
 * What one SKU must be for its product to match a search: each criterion that is set (not null)
 * must hold for the same SKU, so "160x200 up to 500 EUR" needs a 160x200 SKU that costs at most
 * 500 EUR. Prices are minor units of the shop currency, both bounds included.
 */
public record SkuCriteria(MattressSize size, Firmness firmness, Long minPrice, Long maxPrice) {

    public static final SkuCriteria ANY = new SkuCriteria(null, null, null, null);

    public SkuCriteria {
        new Violations()
                .check(minPrice == null || minPrice >= 0, "minPrice", "must not be negative")
                .check(maxPrice == null || maxPrice >= 0, "maxPrice", "must not be negative")
                .check(minPrice == null || maxPrice == null || minPrice <= maxPrice, "minPrice",
                        "must not be greater than maxPrice")
                .throwIfAny();
    }

    /** True when no criterion is set: every SKU matches. */
    public boolean isAny() {
        return size == null && firmness == null && minPrice == null && maxPrice == null;
    }

    public boolean matches(MattressSize skuSize, Firmness skuFirmness, long price) {
        return (size == null || size.equals(skuSize))
                && (firmness == null || firmness == skuFirmness)
                && (minPrice == null || price >= minPrice)
                && (maxPrice == null || price <= maxPrice);
    }
}
