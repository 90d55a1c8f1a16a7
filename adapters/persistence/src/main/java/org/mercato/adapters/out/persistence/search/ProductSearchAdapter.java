package org.mercato.adapters.out.persistence.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.mercato.adapters.out.persistence.catalog.ProductEntity;
import org.mercato.application.catalog.port.in.ProductSearchQuery;
import org.mercato.application.catalog.port.in.SearchFacets.PriceRangeCount;
import org.mercato.application.catalog.port.out.AvailabilityOverlay;
import org.mercato.application.catalog.port.out.ProductSearchPort;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.ManufacturerId;
import org.mercato.domain.catalog.MattressSize;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.shared.Money;

/**
 * Catalog search in two parts (ADR 0021). The text goes to Hibernate Search (embedded Lucene, or
 * Elasticsearch by configuration), which answers which products match it and how well; everything about
 * SKUs (size, firmness and price filters, availability, their facets, prices and the order by price) and
 * the category and manufacturer facets are computed over this node's {@link CatalogSnapshot}, which holds
 * every product's SKUs in compact arrays. A search over the whole catalog thus touches each product once,
 * not each of its 500 SKU documents.
 */
@ApplicationScoped
public class ProductSearchAdapter implements ProductSearchPort {

    /** Words of a search text that count; more only make the query slower. */
    private static final int MAX_TERMS = 10;

    @PersistenceContext(unitName = "mercato")
    EntityManager em;
    @Inject
    CatalogSnapshots snapshots;
    @Inject
    AvailabilityViews availabilityViews;

    private volatile PriceBands bands;

    @Override
    public ProductSearchResult search(ProductSearchQuery query, AvailabilityOverlay availability, List<PriceRange> priceRanges) {
        PriceBands priceBands = bandsOf(priceRanges);
        CatalogSnapshot catalog = snapshots.current();
        CatalogSnapshot.Dictionaries dictionaries = catalog.dictionaries;
        SkuFilter filter = SkuFilter.of(query.sku(), query.inStockOnly(), dictionaries);
        int category = query.category() == null ? SkuFilter.ANY
                : dictionaries.categoryOrdinalsBySlug().getOrDefault(query.category(), SkuFilter.NONE);
        int manufacturer = query.manufacturer() == null ? SkuFilter.ANY
                : dictionaries.manufacturerOrdinals().getOrDefault(query.manufacturer().value(), SkuFilter.NONE);
        CatalogScan.TextHits text = query.text() == null ? null : textHits(query, catalog);
        CatalogScan.Availability now = availabilityViews.of(availability, catalog);
        CatalogScan.Result result = CatalogScan.run(catalog, text, category, manufacturer, filter, now, priceBands,
                query.sort(), query.offset(), query.pageSize());
        return new ProductSearchResult(hits(catalog, priceBands, result, filter, now), result.total(),
                facets(dictionaries, result.counts(), priceBands));
    }

    private PriceBands bandsOf(List<PriceRange> ranges) {
        PriceBands known = bands;
        if (known == null || !known.ranges.equals(ranges)) {
            known = new PriceBands(ranges);
            bands = known;
        }
        return known;
    }

    /**
     * The products whose text matches, with their scores, in the category and of the manufacturer asked for.
     * A text search matches a few hundred products at most but for words every description has.
     */
    private CatalogScan.TextHits textHits(ProductSearchQuery query, CatalogSnapshot catalog) {
        List<Object[]> hits = Search.session(em).search(ProductEntity.class)
                .select(f -> f.composite().from(f.id(UUID.class), f.score()).asArray())
                .where(f -> {
                    BooleanPredicateClausesStep<?> product = f.bool().must(text(f, query.text()));
                    if (query.category() != null) {
                        product.filter(f.match().field(ProductIndex.CATEGORY_SLUG).matching(query.category()));
                    }
                    if (query.manufacturer() != null) {
                        product.filter(f.match().field(ProductIndex.MANUFACTURER_ID).matching(query.manufacturer().value()));
                    }
                    return product;
                })
                .fetchAllHits();
        int[] ordinals = new int[hits.size()];
        float[] scores = new float[hits.size()];
        int n = 0;
        for (Object[] hit : hits) {
            int ordinal = catalog.ordinalOf((UUID) hit[0]);
            if (ordinal >= 0) {
                ordinals[n] = ordinal;
                scores[n++] = (Float) hit[1];
            }
        }
        return new CatalogScan.TextHits(Arrays.copyOf(ordinals, n), Arrays.copyOf(scores, n));
    }

    /**
     * A hit's price is its cheapest SKU the search asks for (available now, for in-stock searches); it is in
     * stock when one of the SKUs the search asks for is available now.
     */
    private static List<ProductHit> hits(CatalogSnapshot catalog, PriceBands bands, CatalogScan.Result result,
            SkuFilter filter, CatalogScan.Availability now) {
        CatalogSnapshot.Dictionaries dictionaries = catalog.dictionaries;
        List<ProductHit> hits = new ArrayList<>(result.ordinals().length);
        for (int i = 0; i < result.ordinals().length; i++) {
            int ordinal = result.ordinals()[i];
            CatalogSnapshot.Product product = catalog.product(ordinal);
            ProductSkus skus = product.skus();
            int cheapest = result.cheapest()[i];
            Money priceFrom = cheapest < 0 ? null
                    : Money.of(skus.prices[cheapest], dictionaries.currencies().get(skus.currencies[cheapest]));
            boolean inStock = cheapest >= 0 && (filter.inStockOnly()
                    || CatalogScan.cheapestQualifying(catalog, bands, ordinal, filter.availableOnly(), now.soldOutOf(ordinal)) >= 0);
            hits.add(new ProductHit(new ProductId(product.id()), product.name(),
                    dictionaries.manufacturers().get(product.manufacturer()),
                    dictionaries.categories().get(product.category()), priceFrom, inStock));
        }
        return hits;
    }

    private static FacetCounts facets(CatalogSnapshot.Dictionaries dictionaries, CatalogScan.Counts counts,
            PriceBands bands) {
        Map<String, Long> categories = new LinkedHashMap<>();
        for (int i = 0; i < counts.categories.length; i++) {
            if (counts.categories[i] > 0) {
                categories.put(dictionaries.categories().get(i).slug(), counts.categories[i]);
            }
        }
        Map<ManufacturerId, Long> manufacturers = new LinkedHashMap<>();
        for (int i = 0; i < counts.manufacturers.length; i++) {
            if (counts.manufacturers[i] > 0) {
                manufacturers.put(dictionaries.manufacturers().get(i).id(), counts.manufacturers[i]);
            }
        }
        Map<MattressSize, Long> sizes = new LinkedHashMap<>();
        for (int i = 0; i < counts.sizes.length; i++) {
            if (counts.sizes[i] > 0) {
                sizes.put(dictionaries.sizes().get(i), counts.sizes[i]);
            }
        }
        Map<Firmness, Long> firmnesses = new LinkedHashMap<>();
        for (Firmness firmness : Firmness.values()) {
            if (counts.firmnesses[firmness.ordinal()] > 0) {
                firmnesses.put(firmness, counts.firmnesses[firmness.ordinal()]);
            }
        }
        List<PriceRangeCount> prices = new ArrayList<>();
        for (int i = 0; i < bands.count(); i++) {
            PriceRange range = bands.ranges.get(i);
            prices.add(new PriceRangeCount(range.min(), range.max(), counts.bands[i]));
        }
        return new FacetCounts(categories, manufacturers, sizes, firmnesses, prices);
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
            int edits = allowedEdits(term);
            // The embedded backend keeps each word's fuzzy automaton; any other runs the same match itself.
            words.should(f.extension()
                    .ifSupported(LuceneExtension.get(), lucene -> lucene.fromLuceneQuery(LuceneFuzzyWords.query(term, edits)))
                    .orElse(other -> {
                        MatchPredicateFieldMoreStep<?, ?> fields = null;
                        for (Map.Entry<String, Float> field : ProductIndex.TEXT_FIELDS.entrySet()) {
                            fields = (fields == null ? other.match().field(field.getKey()) : fields.field(field.getKey()))
                                    .boost(field.getValue());
                        }
                        MatchPredicateOptionsStep<?> word = fields.matching(term);
                        return edits == 0 ? word : word.fuzzy(edits);
                    }));
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
}
