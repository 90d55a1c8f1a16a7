package org.mercato.adapters.out.persistence.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.SortMode;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.CompositeSortComponentsStep;
import org.hibernate.search.engine.search.sort.dsl.FieldSortOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;
import org.mercato.adapters.out.persistence.catalog.ProductEntity;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.application.catalog.port.in.ProductSearchQuery;
import org.mercato.application.catalog.port.in.ProductSort;
import org.mercato.application.catalog.port.in.SkuCriteria;
import org.mercato.application.catalog.port.in.SearchFacets.PriceRangeCount;
import org.mercato.application.catalog.port.out.AvailabilityOverlay;
import org.mercato.application.catalog.port.out.ProductSearchPort;
import org.mercato.domain.catalog.CategoryId;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.ManufacturerId;
import org.mercato.domain.catalog.MattressSize;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.shared.Money;

/**
 * Catalog search with Hibernate Search: one query answers the page, the total and every facet, read
 * from the index alone (projections, no database round trip). Only the Hibernate Search DSL is used,
 * so the Lucene and Elasticsearch backends answer alike (ADR 0013).
 */
@ApplicationScoped
public class ProductSearchAdapter implements ProductSearchPort {

    /** Facet values per facet at most; the demo shop's largest facet has 8, the full one 80. */
    private static final int MAX_FACET_VALUES = 100;
    /** Words of a search text that count; more only make the query slower. */
    private static final int MAX_TERMS = 10;

    private static final AggregationKey<Map<String, Long>> BY_CATEGORY = AggregationKey.of("category");
    private static final AggregationKey<Map<UUID, Long>> BY_MANUFACTURER = AggregationKey.of("manufacturer");
    private static final AggregationKey<Map<String, Long>> BY_SIZE = AggregationKey.of("size");
    private static final AggregationKey<Map<String, Long>> BY_FIRMNESS = AggregationKey.of("firmness");
    private static final AggregationKey<Map<Range<Long>, Long>> BY_PRICE = AggregationKey.of("price");

    @PersistenceContext(unitName = "mercato")
    EntityManager em;
    @Inject
    SearchResultCache cache;

    @Override
    public ProductSearchResult search(ProductSearchQuery query, AvailabilityOverlay availability, List<PriceRange> priceRanges) {
        SkuConditions skus = new SkuConditions(query.sku(), query.inStockOnly() ? availability : null);
        List<Range<Long>> ranges = priceRanges.stream().map(r -> SkuConditions.priceRange(r.min(), r.max())).toList();
        // Keyed by the whole overlay: with the catalog version it determines every SKU's price and sold_out.
        return cache.get(query, availability, () -> {
            SearchResult<IndexedHit> result = Search.session(em).search(ProductEntity.class)
                    .select(ProductSearchAdapter::hitProjection)
                    .where(f -> matching(f, query, skus))
                    .sort(f -> order(f, query.sort(), skus))
                    .aggregation(BY_CATEGORY, f -> f.terms().field(ProductIndex.CATEGORY_SLUG, String.class)
                            .maxTermCount(MAX_FACET_VALUES))
                    .aggregation(BY_MANUFACTURER, f -> f.terms().field(ProductIndex.MANUFACTURER_ID, UUID.class)
                            .maxTermCount(MAX_FACET_VALUES))
                    .aggregation(BY_SIZE, f -> skuTerms(f, ProductIndex.SKU_SIZE, skus))
                    .aggregation(BY_FIRMNESS, f -> skuTerms(f, ProductIndex.SKU_FIRMNESS, skus))
                    .aggregation(BY_PRICE, f -> priceRanges(f, ranges, skus))
                    .fetch(query.offset(), query.pageSize());

            Map<MattressSize, Long> sizes = new LinkedHashMap<>();
            result.aggregation(BY_SIZE).forEach((code, count) ->
                    MattressSize.parse(code).ifPresent(size -> sizes.put(size, count)));
            Map<Firmness, Long> firmnesses = new LinkedHashMap<>();
            result.aggregation(BY_FIRMNESS).forEach((name, count) -> firmnesses.put(Firmness.valueOf(name), count));
            Map<ManufacturerId, Long> manufacturers = new LinkedHashMap<>();
            result.aggregation(BY_MANUFACTURER).forEach((id, count) -> manufacturers.put(new ManufacturerId(id), count));
            Map<Range<Long>, Long> byPrice = result.aggregation(BY_PRICE);
            List<PriceRangeCount> prices = new ArrayList<>();
            for (int i = 0; i < priceRanges.size(); i++) {
                PriceRange range = priceRanges.get(i);
                prices.add(new PriceRangeCount(range.min(), range.max(), byPrice.getOrDefault(ranges.get(i), 0L)));
            }
            FacetCounts facets = new FacetCounts(result.aggregation(BY_CATEGORY), manufacturers, sizes, firmnesses, prices);
            return new ProductSearchResult(withPrices(result.hits(), query), result.total().hitCount(), facets);
        });
    }

    /** A hit as the index has it: everything a result shows but price and availability. */
    private record IndexedHit(ProductId id, String name, ProductDetail.ManufacturerRef manufacturer,
            ProductDetail.CategoryRef category) {
    }

    /**
     * Price from and availability of the page's products, for the SKUs the query asks for, in one aggregate
     * over their committed SKU rows (a few thousand at most, by the product index). Projecting the nested
     * SKU documents instead reads every SKU's stored fields: seconds for 500 SKUs a product (ADR 0015).
     */
    private List<ProductHit> withPrices(List<IndexedHit> hits, ProductSearchQuery query) {
        if (hits.isEmpty()) {
            return List.of();
        }
        SkuCriteria sku = query.sku();
        StringBuilder jpql = new StringBuilder("""
                select s.product.id, min(s.priceAmount), min(s.priceCurrency),
                       min(case when s.soldOut = false then s.priceAmount else null end),
                       max(case when s.soldOut = false then 1 else 0 end)
                from SkuEntity s where s.product.id in :products""");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("products", hits.stream().map(h -> h.id().value()).toList());
        if (sku.size() != null) {
            jpql.append(" and s.sizeCode = :size");
            parameters.put("size", sku.size().toString());
        }
        if (sku.firmness() != null) {
            jpql.append(" and s.firmness = :firmness");
            parameters.put("firmness", sku.firmness().name());
        }
        if (sku.minPrice() != null) {
            jpql.append(" and s.priceAmount >= :minPrice");
            parameters.put("minPrice", sku.minPrice());
        }
        if (sku.maxPrice() != null) {
            jpql.append(" and s.priceAmount <= :maxPrice");
            parameters.put("maxPrice", sku.maxPrice());
        }
        jpql.append(" group by s.product.id");
        TypedQuery<Object[]> rows = em.createQuery(jpql.toString(), Object[].class);
        parameters.forEach(rows::setParameter);
        Map<UUID, Object[]> byProduct = new HashMap<>();
        rows.getResultList().forEach(row -> byProduct.put((UUID) row[0], row));
        List<ProductHit> priced = new ArrayList<>(hits.size());
        for (IndexedHit hit : hits) {
            Object[] row = byProduct.get(hit.id().value());
            Money priceFrom = null;
            boolean inStock = false;
            if (row != null) {
                inStock = ((Number) row[4]).intValue() == 1;
                Number amount = query.inStockOnly() ? (Number) row[3] : (Number) row[1];
                priceFrom = amount == null ? null : Money.of(amount.longValue(), ((String) row[2]).trim());
            }
            priced.add(new ProductHit(hit.id(), hit.name(), hit.manufacturer(), hit.category(), priceFrom, inStock));
        }
        return priced;
    }

    private static PredicateFinalStep matching(SearchPredicateFactory f, ProductSearchQuery query, SkuConditions skus) {
        BooleanPredicateClausesStep<?> product = f.bool();
        product.filter(f.matchAll());
        if (query.text() != null) {
            product.must(text(f, query.text()));
        }
        if (query.category() != null) {
            product.filter(f.match().field(ProductIndex.CATEGORY_SLUG).matching(query.category()));
        }
        if (query.manufacturer() != null) {
            product.filter(f.match().field(ProductIndex.MANUFACTURER_ID).matching(query.manufacturer().value()));
        }
        if (query.constrainsSkus()) {
            // One and the same SKU must meet every SKU condition: a nested query, not one per field.
            product.filter(f.nested(ProductIndex.SKUS).add(skus.predicate(f)));
        }
        return product;
    }

    /**
     * Each word of the text must match some field (from three words on, three in four, rounded up), allowing
     * typing errors as Elasticsearch's AUTO fuzziness does: none up to two letters, one up to five,
     * two beyond. The product name weighs most, then the manufacturer.
     */
    static PredicateFinalStep text(SearchPredicateFactory f, String text) {
        List<String> terms = terms(text);
        if (terms.isEmpty()) {
            return f.matchNone();
        }
        BooleanPredicateClausesStep<?> words = f.bool();
        for (String term : terms) {
            MatchPredicateOptionsStep<?> word = f.match()
                    .field(ProductIndex.NAME).boost(3.0f)
                    .field(ProductIndex.MANUFACTURER_NAME).boost(2.0f)
                    .fields(ProductIndex.MATERIAL, ProductIndex.DESCRIPTION)
                    .matching(term);
            int edits = allowedEdits(term);
            words.should(edits == 0 ? word : word.fuzzy(edits));
        }
        words.minimumShouldMatchNumber(requiredTerms(terms.size()));
        return words;
    }

    static List<String> terms(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(t -> !t.isEmpty())
                .distinct()
                .limit(MAX_TERMS)
                .toList();
    }

    static int allowedEdits(String term) {
        int length = term.codePointCount(0, term.length());
        return length <= 2 ? 0 : length <= 5 ? 1 : 2;
    }

    static int requiredTerms(int terms) {
        return terms <= 2 ? terms : (terms * 3 + 3) / 4;
    }

    private static SortFinalStep order(SearchSortFactory f, ProductSort sort, SkuConditions skus) {
        return f.composite(order -> {
            switch (sort) {
                case RELEVANCE -> order.add(f.score());
                case PRICE_ASC -> order.add(priceFrom(f.field(ProductIndex.SKU_PRICE).asc(), skus));
                case PRICE_DESC -> order.add(priceFrom(f.field(ProductIndex.SKU_PRICE).desc(), skus));
                case BESTSELLING -> order.add(f.field(ProductIndex.UNITS_SOLD).desc());
                case NEWEST -> {
                    // the tie-breakers below are the whole order
                }
            }
            newestThenById(f, order);
        });
    }

    /** A product's price is its cheapest SKU among those the search asks for. */
    private static SortFinalStep priceFrom(FieldSortOptionsStep<?, ? extends SearchPredicateFactory> sort,
            SkuConditions skus) {
        sort.mode(SortMode.MIN);
        if (!skus.isAny()) {
            sort.filter(skus::predicate);
        }
        return sort;
    }

    private static void newestThenById(SearchSortFactory f, CompositeSortComponentsStep<?> order) {
        order.add(f.field(ProductIndex.CREATED_AT).desc());
        order.add(f.field(ProductIndex.PRODUCT_ID).asc());
    }

    private static AggregationFinalStep<Map<String, Long>> skuTerms(SearchAggregationFactory f, String field,
            SkuConditions skus) {
        var terms = f.terms().field(field, String.class).maxTermCount(MAX_FACET_VALUES);
        if (!skus.isAny()) {
            terms.filter(skus::predicate);
        }
        return terms;
    }

    private static AggregationFinalStep<Map<Range<Long>, Long>> priceRanges(SearchAggregationFactory f,
            List<Range<Long>> ranges, SkuConditions skus) {
        var byPrice = f.range().field(ProductIndex.SKU_PRICE, Long.class).ranges(ranges);
        if (!skus.isAny()) {
            byPrice.filter(skus::predicate);
        }
        return byPrice;
    }

    private static ProjectionFinalStep<IndexedHit> hitProjection(SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(f.id(UUID.class),
                        f.field(ProductIndex.NAME, String.class),
                        f.field(ProductIndex.MANUFACTURER_ID, UUID.class),
                        f.field(ProductIndex.MANUFACTURER_NAME, String.class),
                        f.field(ProductIndex.CATEGORY_ID, UUID.class),
                        f.field(ProductIndex.CATEGORY_SLUG, String.class),
                        f.field(ProductIndex.CATEGORY_NAME, String.class))
                .asArray(ProductSearchAdapter::toHit);
    }

    private static IndexedHit toHit(Object[] v) {
        return new IndexedHit(new ProductId((UUID) v[0]), (String) v[1],
                new ProductDetail.ManufacturerRef(new ManufacturerId((UUID) v[2]), (String) v[3]),
                new ProductDetail.CategoryRef(new CategoryId((UUID) v[4]), (String) v[5], (String) v[6]));
    }
}
