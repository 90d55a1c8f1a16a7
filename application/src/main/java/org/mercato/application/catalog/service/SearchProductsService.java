package org.mercato.application.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.application.catalog.port.in.CategorySummary;
import org.mercato.application.catalog.port.in.ListCategoriesUseCase;
import org.mercato.application.catalog.port.in.ListManufacturersUseCase;
import org.mercato.application.catalog.port.in.ManufacturerSummary;
import org.mercato.application.catalog.port.in.ProductSearchPage;
import org.mercato.application.catalog.port.in.ProductSearchPage.ProductSummary;
import org.mercato.application.catalog.port.in.ProductSearchQuery;
import org.mercato.application.catalog.port.in.SearchFacets;
import org.mercato.application.catalog.port.in.SearchFacets.FacetValue;
import org.mercato.application.catalog.port.in.SearchProductsUseCase;
import org.mercato.application.catalog.port.out.AvailabilityOverlay;
import org.mercato.application.catalog.port.out.ProductImagesPort;
import org.mercato.application.catalog.port.out.ProductSearchPort;
import org.mercato.application.catalog.port.out.ProductSearchPort.FacetCounts;
import org.mercato.application.catalog.port.out.ProductSearchPort.PriceRange;
import org.mercato.application.catalog.port.out.ProductSearchPort.ProductHit;
import org.mercato.application.catalog.port.out.ProductSearchPort.ProductSearchResult;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.MattressSize;
import org.mercato.domain.catalog.ProductId;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.application.storage.service.PublicObjectUrls;

/**
 * Searches the index, laying the availability changes since indexing over it when the shopper wants
 * products in stock (ADR 0014, ADR 0015); each result's price and availability come with the hit.
 */
@ApplicationScoped
@Transactional
public class SearchProductsService implements SearchProductsUseCase {

    private static final Comparator<MattressSize> BY_WIDTH_THEN_LENGTH =
            Comparator.comparingInt(MattressSize::widthCm).thenComparingInt(MattressSize::lengthCm);

    private ProductSearchPort index;
    private SoldOutSkuOverlay soldOutSkus;
    private ListCategoriesUseCase categories;
    private ListManufacturersUseCase manufacturers;
    private ProductImagesPort images;
    private PublicObjectUrls urls;
    private List<PriceRange> priceRanges;

    protected SearchProductsService() {
        // for CDI client proxies
    }

    @Inject
    public SearchProductsService(ProductSearchPort index, SoldOutSkuOverlay soldOutSkus,
            ListCategoriesUseCase categories, ListManufacturersUseCase manufacturers, ProductImagesPort images,
            PublicObjectUrls urls,
            @ConfigProperty(name = "mercato.search.price-range-bounds", defaultValue = "40000,60000,80000,100000")
            List<Long> priceRangeBounds) {
        this.index = index;
        this.soldOutSkus = soldOutSkus;
        this.categories = categories;
        this.manufacturers = manufacturers;
        this.images = images;
        this.urls = urls;
        this.priceRanges = priceRanges(priceRangeBounds);
    }

    @Override
    public ProductSearchPage searchProducts(ProductSearchQuery query) {
        AvailabilityOverlay availability = soldOutSkus.current();
        ProductSearchResult result = index.search(query, availability, priceRanges);
        // The page's main images in one read by primary-key range: the index knows nothing of images.
        Map<ProductId, ObjectKey> mainImages = result.hits().isEmpty()
                ? Map.of()
                : images.mainImagesOf(result.hits().stream().map(ProductHit::id).toList());
        List<ProductSummary> items = result.hits().stream()
                .map(hit -> summary(hit, Optional.ofNullable(mainImages.get(hit.id())).map(urls::urlOf).orElse(null)))
                .toList();
        return new ProductSearchPage(items, query.page(), query.pageSize(), result.total(), facets(result.facets()));
    }

    static ProductSummary summary(ProductHit hit, String imageUrl) {
        return new ProductSummary(hit.id(), hit.name(), hit.manufacturer(), hit.category(), hit.priceFrom(), imageUrl,
                hit.inStock());
    }

    private SearchFacets facets(FacetCounts counts) {
        // Labels come from the cached category and manufacturer lists, in their display order.
        List<FacetValue> byCategory = new ArrayList<>();
        for (CategorySummary c : categories.listCategories()) {
            Long count = counts.categoriesBySlug().get(c.slug());
            if (count != null && count > 0) {
                byCategory.add(new FacetValue(c.slug(), c.name(), count));
            }
        }
        List<FacetValue> byManufacturer = new ArrayList<>();
        for (ManufacturerSummary m : manufacturers.listManufacturers()) {
            Long count = counts.manufacturers().get(m.id());
            if (count != null && count > 0) {
                byManufacturer.add(new FacetValue(m.id().toString(), m.name(), count));
            }
        }
        List<FacetValue> bySize = nonZero(counts.sizes(), BY_WIDTH_THEN_LENGTH, MattressSize::toString,
                MattressSize::toString);
        List<FacetValue> byFirmness = nonZero(counts.firmnesses(), Comparator.naturalOrder(), Firmness::code,
                f -> f.code().replace('-', ' '));
        return new SearchFacets(byCategory, byManufacturer, bySize, byFirmness, counts.prices());
    }

    private static <T> List<FacetValue> nonZero(Map<T, Long> counts, Comparator<? super T> order,
            Function<T, String> value, Function<T, String> label) {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey(order))
                .map(e -> new FacetValue(value.apply(e.getKey()), label.apply(e.getKey()), e.getValue()))
                .collect(Collectors.toList());
    }

    /** Bounds 40000, 60000 make the ranges 0-39999, 40000-59999 and 60000 and up. */
    static List<PriceRange> priceRanges(List<Long> bounds) {
        List<PriceRange> ranges = new ArrayList<>();
        long min = 0;
        for (long bound : bounds) {
            if (bound <= min) {
                throw new IllegalStateException(
                        "mercato.search.price-range-bounds must be positive and ascending; was " + bounds);
            }
            ranges.add(new PriceRange(min, bound - 1));
            min = bound;
        }
        ranges.add(new PriceRange(min, null));
        return List.copyOf(ranges);
    }
}
