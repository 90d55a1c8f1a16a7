package org.mercato.application.catalog.port.in;

import java.util.List;

/**
 * Counts of matching products by category, manufacturer, SKU size, SKU firmness and SKU price range.
 * A product counts once per value; a size, firmness or price range counts the products with a SKU
 * that has that value and meets the search's other SKU filters, so choosing a value as a filter
 * yields exactly its count. Categories and manufacturers add up to the total; sizes, firmnesses and
 * price ranges need not (a product comes in several).
 */
public record SearchFacets(
        List<FacetValue> categories,
        List<FacetValue> manufacturers,
        List<FacetValue> sizes,
        List<FacetValue> firmnesses,
        List<PriceRangeCount> prices) {

    public SearchFacets {
        categories = List.copyOf(categories);
        manufacturers = List.copyOf(manufacturers);
        sizes = List.copyOf(sizes);
        firmnesses = List.copyOf(firmnesses);
        prices = List.copyOf(prices);
    }

    /** {@code value} is what the matching filter parameter takes; {@code label} is for people. */
    public record FacetValue(String value, String label, long count) {
    }

    /** Prices from {@code min} to {@code max} minor units, both included; {@code max} null: no upper bound. */
    public record PriceRangeCount(long min, Long max, long count) {
    }
}
