package org.mercato.adapters.out.persistence.search;

import java.util.Set;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.util.common.data.Range;
import org.mercato.application.catalog.port.in.SkuCriteria;
import org.mercato.application.catalog.port.out.AvailabilityOverlay;
import org.mercato.domain.catalog.SkuCode;

/**
 * What one nested SKU document must satisfy: the query's SKU criteria and, for in-stock searches
 * ({@code inStock} not null), being available now: available when indexed and not sold out since, or
 * available again since. The same predicate restricts the products, filters the SKU facets and chooses
 * the SKU prices that sort by price, so all three agree. Mirrors {@link SkuCriteria#matches}.
 */
record SkuConditions(SkuCriteria criteria, AvailabilityOverlay inStock) {

    /** True when every SKU qualifies: nothing to filter. */
    boolean isAny() {
        return criteria.isAny() && inStock == null;
    }

    /** A predicate on {@code skus.*} fields, for use inside a nested context. */
    PredicateFinalStep predicate(SearchPredicateFactory f) {
        BooleanPredicateClausesStep<?> sku = f.bool();
        sku.filter(f.matchAll());
        if (criteria.size() != null) {
            sku.filter(f.match().field(ProductIndex.SKU_SIZE).matching(criteria.size().toString()));
        }
        if (criteria.firmness() != null) {
            sku.filter(f.match().field(ProductIndex.SKU_FIRMNESS).matching(criteria.firmness().name()));
        }
        if (criteria.minPrice() != null || criteria.maxPrice() != null) {
            sku.filter(f.range().field(ProductIndex.SKU_PRICE).within(priceRange(criteria.minPrice(), criteria.maxPrice())));
        }
        if (inStock != null) {
            sku.filter(availableNow(f));
        }
        return sku;
    }

    private PredicateFinalStep availableNow(SearchPredicateFactory f) {
        BooleanPredicateClausesStep<?> availableWhenIndexed = f.bool()
                .filter(f.match().field(ProductIndex.SKU_SOLD_OUT).matching(false));
        if (!inStock.soldOutNow().isEmpty()) {
            availableWhenIndexed.mustNot(codes(f, inStock.soldOutNow()));
        }
        if (inStock.availableNow().isEmpty()) {
            return availableWhenIndexed;
        }
        return f.bool().should(availableWhenIndexed).should(codes(f, inStock.availableNow())).minimumShouldMatchNumber(1);
    }

    private static PredicateFinalStep codes(SearchPredicateFactory f, Set<SkuCode> codes) {
        return f.terms().field(ProductIndex.SKU_CODE).matchingAny(codes.stream().map(SkuCode::value).toList());
    }

    /** Both bounds included; a null bound is open. */
    static Range<Long> priceRange(Long min, Long max) {
        if (min == null) {
            return max == null ? Range.all() : Range.atMost(max);
        }
        return max == null ? Range.atLeast(min) : Range.between(min, max);
    }
}
