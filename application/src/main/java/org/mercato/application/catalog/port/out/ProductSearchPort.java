package org.mercato.application.catalog.port.out;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.application.catalog.port.in.ProductSearchQuery;
import org.mercato.application.catalog.port.in.SearchFacets.PriceRangeCount;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.ManufacturerId;
import org.mercato.domain.catalog.MattressSize;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

/**
 * Full-text search over the catalog's search index. The index holds no availability: when the query
 * asks for products in stock, the caller passes the SKUs that are sold out right now, and the index
 * treats them as absent everywhere (matching, facets, price sorting).
 */
@FunctionalInterface
public interface ProductSearchPort {

    /**
     * One page of the products that match {@code query}, in its order, with their total and the facet
     * counts over every match.
     *
     * @param soldOut     SKUs without available stock; they count only when {@code query.inStockOnly()}
     * @param priceRanges the ranges to count matching products in, in display order
     */
    ProductSearchResult search(ProductSearchQuery query, Set<SkuCode> soldOut, List<PriceRange> priceRanges);

    /** Prices from {@code min} to {@code max} minor units, both included; {@code max} null: no upper bound. */
    record PriceRange(long min, Long max) {
    }

    record ProductSearchResult(List<ProductHit> hits, long total, FacetCounts facets) {
        public ProductSearchResult {
            hits = List.copyOf(hits);
        }
    }

    /** A matching product as the index knows it, with all of its SKUs. */
    record ProductHit(
            ProductId id,
            String name,
            ProductDetail.ManufacturerRef manufacturer,
            ProductDetail.CategoryRef category,
            List<SkuFacts> skus) {
        public ProductHit {
            skus = List.copyOf(skus);
        }
    }

    record SkuFacts(SkuCode code, MattressSize size, Firmness firmness, Money price) {
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
