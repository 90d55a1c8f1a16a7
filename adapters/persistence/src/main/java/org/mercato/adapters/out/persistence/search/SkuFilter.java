package org.mercato.adapters.out.persistence.search;

import org.mercato.application.catalog.port.in.SkuCriteria;

/**
 * What one SKU must be for its product to match, in a snapshot's ordinals: size and firmness ({@link #ANY}
 * for no condition, {@link #NONE} for a size no SKU has), the price bounds (both included) and, for in-stock
 * searches, available now. Mirrors {@link SkuCriteria#matches}.
 */
record SkuFilter(int size, int firmness, long minPrice, long maxPrice, boolean inStockOnly) {

    static final int ANY = -1;
    static final int NONE = -2;

    static SkuFilter of(SkuCriteria criteria, boolean inStockOnly, CatalogSnapshot.Dictionaries dictionaries) {
        int size = ANY;
        if (criteria.size() != null) {
            Integer ordinal = dictionaries.sizeOrdinals().get(criteria.size());
            size = ordinal == null ? NONE : ordinal;
        }
        int firmness = criteria.firmness() == null ? ANY : criteria.firmness().ordinal();
        long min = criteria.minPrice() == null ? Long.MIN_VALUE : criteria.minPrice();
        long max = criteria.maxPrice() == null ? Long.MAX_VALUE : criteria.maxPrice();
        return new SkuFilter(size, firmness, min, max, inStockOnly);
    }

    /** The same criteria, availability aside: what a hit's "in stock" is asked of. */
    SkuFilter availableOnly() {
        return new SkuFilter(size, firmness, minPrice, maxPrice, true);
    }

    boolean hasPriceBounds() {
        return minPrice != Long.MIN_VALUE || maxPrice != Long.MAX_VALUE;
    }

    /** No criterion at all: every SKU qualifies. */
    boolean isAny() {
        return size == ANY && firmness == ANY && !hasPriceBounds() && !inStockOnly;
    }

    /** Only "available now": the product-level aggregates answer it for products the overlay leaves alone. */
    boolean isInStockOnly() {
        return size == ANY && firmness == ANY && !hasPriceBounds() && inStockOnly;
    }
}
