package org.mercato.application.catalog.port.out;

import java.util.List;
import java.util.Map;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.application.catalog.port.in.ProductSearchQuery;
import org.mercato.application.catalog.port.in.SearchFacets.PriceRangeCount;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.ManufacturerId;
import org.mercato.domain.catalog.MattressSize;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.shared.Money;

/**
 * Catalog search: fuzzy text, SKU filters, facets, orders and paging. Search holds each SKU's sold-out state
 * as it last read it; the caller passes the changes since (ADR 0015, ADR 0021), and when the query asks for
 * products in stock, SKUs sold out now count as absent everywhere (matching, facets, price sorting).
 */
@FunctionalInterface
public interface ProductSearchPort {

    /**
     * One page of the products that match {@code query}, in its order, with their total and the facet
     * counts over every match.
     *
     * @param availability changes of availability since search last read it; they decide in-stock matching and each hit's {@code inStock}
     * @param priceRanges  the ranges to count matching products in, in display order
     */
    ProductSearchResult search(ProductSearchQuery query, AvailabilityOverlay availability, List<PriceRange> priceRanges);

    /** Prices from {@code min} to {@code max} minor units, both included; {@code max} null: no upper bound. */
    record PriceRange(long min, Long max) {
    }

    record ProductSearchResult(List<ProductHit> hits, long total, FacetCounts facets) {
        public ProductSearchResult {
            hits = List.copyOf(hits);
        }
    }

    /**
     * A matching product. {@code priceFrom} is its cheapest SKU among those meeting the query's SKU criteria
     * (and available now, when the query wants products in stock), null when none; {@code inStock} whether
     * one of those SKUs is available now. Both come from the committed SKUs, not from the index.
     */
    record ProductHit(
            ProductId id,
            String name,
            ProductDetail.ManufacturerRef manufacturer,
            ProductDetail.CategoryRef category,
            Money priceFrom,
            boolean inStock) {
    }

    /** Matching products per value; see {@link org.mercato.application.catalog.port.in.SearchFacets}. */
    record FacetCounts(
            Map<String, Long> categoriesBySlug,
            Map<ManufacturerId, Long> manufacturers,
            Map<MattressSize, Long> sizes,
            Map<Firmness, Long> firmnesses,
            List<PriceRangeCount> prices) {
    }
}
