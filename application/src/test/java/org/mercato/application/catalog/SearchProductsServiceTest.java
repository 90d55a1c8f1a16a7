package org.mercato.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mercato.application.catalog.port.in.CategorySummary;
import org.mercato.application.catalog.port.in.ManufacturerSummary;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.application.catalog.port.in.ProductSearchPage;
import org.mercato.application.catalog.port.in.ProductSearchPage.ProductSummary;
import org.mercato.application.catalog.port.in.ProductSearchQuery;
import org.mercato.application.catalog.port.in.SearchFacets;
import org.mercato.application.catalog.port.in.SearchFacets.FacetValue;
import org.mercato.application.catalog.port.in.SkuCriteria;
import org.mercato.application.catalog.port.out.AvailabilityOverlay;
import org.mercato.application.catalog.port.out.ProductSearchPort;
import org.mercato.application.catalog.port.out.ProductSearchPort.FacetCounts;
import org.mercato.application.catalog.port.out.ProductSearchPort.PriceRange;
import org.mercato.application.catalog.port.out.ProductSearchPort.ProductHit;
import org.mercato.application.catalog.port.out.ProductSearchPort.ProductSearchResult;
import org.mercato.application.catalog.service.SearchProductsService;
import org.mercato.application.catalog.service.SoldOutSkuOverlay;
import org.mercato.application.storage.service.PublicObjectUrls;
import org.mercato.domain.catalog.CategoryId;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.ManufacturerId;
import org.mercato.domain.catalog.MattressSize;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

class SearchProductsServiceTest {

    private static final MattressSize SINGLE = new MattressSize(90, 200);
    private static final MattressSize DOUBLE = new MattressSize(160, 200);
    private static final CategorySummary LATEX = new CategorySummary(new CategoryId(UUID.randomUUID()), "latex", "Latex", 1);
    private static final CategorySummary HYBRID = new CategorySummary(new CategoryId(UUID.randomUUID()), "hybrid", "Hybrid", 0);
    private static final ManufacturerSummary DORMIO =
            new ManufacturerSummary(new ManufacturerId(UUID.randomUUID()), "Dormio", "IT", 1);

    /** One product as the index answers it: priced and available as the adapter found its SKUs. */
    private static final ProductHit AURORA = new ProductHit(new ProductId(UUID.randomUUID()), "Dormio Aurora",
            new ProductDetail.ManufacturerRef(DORMIO.id(), "Dormio"),
            new ProductDetail.CategoryRef(LATEX.id(), "latex", "Latex"), Money.of(30_000, "EUR"), true);
    private static final SkuCode SOME_SKU = new SkuCode("DOR-1-160x200-F-24");

    private final InMemorySoldOutSkuCache cache = new InMemorySoldOutSkuCache();
    private final AtomicInteger stockReads = new AtomicInteger();
    /** Changes since indexing, as committed: none at first, so the index's own "sold out" holds. */
    private AvailabilityOverlay committedChanges = AvailabilityOverlay.NONE;
    private final List<AvailabilityOverlay> availabilitySeenByIndex = new ArrayList<>();
    private final List<List<PriceRange>> rangesSeenByIndex = new ArrayList<>();
    private FacetCounts facets = new FacetCounts(Map.of(), Map.of(), Map.of(), Map.of(), List.of());

    private final ProductSearchPort index = (query, availability, ranges) -> {
        availabilitySeenByIndex.add(availability);
        rangesSeenByIndex.add(ranges);
        return new ProductSearchResult(List.of(AURORA), 1, facets);
    };
    private final SoldOutSkuOverlay overlay = new SoldOutSkuOverlay(cache, () -> {
        stockReads.incrementAndGet();
        return committedChanges;
    });
    private final InMemoryProductImages images = new InMemoryProductImages();
    private final PublicObjectUrls urls = new PublicObjectUrls(Optional.of("https://cdn.example.com/media"));
    private final SearchProductsService service = new SearchProductsService(index, overlay,
            () -> List.of(LATEX, HYBRID), () -> List.of(DORMIO), images, urls, List.of(40_000L, 60_000L));

    private static ProductSearchQuery query(SkuCriteria sku, boolean inStockOnly) {
        return new ProductSearchQuery(null, null, null, sku, inStockOnly, null, 0, 20);
    }

    private ProductSummary onlyItem(ProductSearchQuery query) {
        ProductSearchPage page = service.searchProducts(query);
        assertThat(page.items()).hasSize(1);
        return page.items().get(0);
    }

    @Test
    void items_are_the_hits_with_their_price_and_availability() {
        ProductSummary item = onlyItem(query(SkuCriteria.ANY, false));
        assertThat(item.inStock()).isTrue();
        assertThat(item.priceFrom()).isEqualTo(Money.of(30_000, "EUR"));
        assertThat(item.name()).isEqualTo("Dormio Aurora");
        assertThat(item.manufacturer().name()).isEqualTo("Dormio");
    }

    @Test
    void the_image_is_the_main_one_served_like_the_product_page_s() {
        assertThat(onlyItem(query(SkuCriteria.ANY, false)).imageUrl()).as("no images: null").isNull();
        images.add(GetProductDetailServiceTest.image(AURORA.id(), "products/aurora-side.jpg", 1));
        images.add(GetProductDetailServiceTest.image(AURORA.id(), "products/aurora.jpg", 0));
        assertThat(onlyItem(query(SkuCriteria.ANY, false)).imageUrl())
                .isEqualTo("https://cdn.example.com/media/products/aurora.jpg");
    }

    @Test
    void the_index_gets_the_availability_changes_since_indexing() {
        committedChanges = new AvailabilityOverlay(Set.of(SOME_SKU), Set.of());
        onlyItem(query(new SkuCriteria(DOUBLE, null, null, null), true));
        assertThat(availabilitySeenByIndex).containsExactly(committedChanges);
        assertThat(committedChanges.isSoldOut(SOME_SKU, false)).isTrue();
        assertThat(new AvailabilityOverlay(Set.of(), Set.of(SOME_SKU)).isSoldOut(SOME_SKU, true)).isFalse();
        assertThat(AvailabilityOverlay.NONE.isSoldOut(SOME_SKU, true)).isTrue();
    }

    @Test
    void the_sold_out_set_is_read_once_then_shared_until_a_stock_change_invalidates_it() {
        service.searchProducts(query(SkuCriteria.ANY, false));
        service.searchProducts(query(SkuCriteria.ANY, true));
        assertThat(stockReads).hasValue(1);

        committedChanges = new AvailabilityOverlay(Set.of(SOME_SKU), Set.of());
        cache.invalidate();
        onlyItem(query(new SkuCriteria(DOUBLE, null, null, null), true));
        assertThat(stockReads).hasValue(2);
        assertThat(availabilitySeenByIndex.get(availabilitySeenByIndex.size() - 1))
                .as("the last committed stock change counts, at once").isEqualTo(committedChanges);
    }

    @Test
    void a_set_read_before_a_stock_change_is_used_once_but_never_cached() {
        AvailabilityOverlay before = AvailabilityOverlay.NONE;
        AvailabilityOverlay after = new AvailabilityOverlay(Set.of(SOME_SKU), Set.of());
        // The stock change commits and invalidates while this request is still reading the old state.
        SoldOutSkuOverlay racing = new SoldOutSkuOverlay(cache, () -> {
            stockReads.incrementAndGet();
            committedChanges = after;
            cache.invalidate();
            return before;
        });
        assertThat(racing.current()).isEqualTo(before);
        assertThat(cache.stores).isZero();
        assertThat(overlay.current()).isEqualTo(after);
        assertThat(overlay.current()).isEqualTo(after);
        assertThat(stockReads).hasValue(2);
        assertThat(cache.stores).isEqualTo(1);
    }

    @Test
    void facets_get_labels_and_display_order_and_lose_empty_values() {
        Map<MattressSize, Long> sizes = new LinkedHashMap<>();
        sizes.put(DOUBLE, 1L);
        sizes.put(SINGLE, 1L);
        sizes.put(new MattressSize(180, 200), 0L);
        facets = new FacetCounts(Map.of("latex", 1L, "hybrid", 0L), Map.of(DORMIO.id(), 1L), sizes,
                Map.of(Firmness.FIRM, 1L, Firmness.SOFT, 1L),
                List.of(new SearchFacets.PriceRangeCount(0, 39_999L, 1), new SearchFacets.PriceRangeCount(40_000, 59_999L, 1),
                        new SearchFacets.PriceRangeCount(60_000, null, 0)));
        SearchFacets result = service.searchProducts(query(SkuCriteria.ANY, false)).facets();
        assertThat(result.categories()).containsExactly(new FacetValue("latex", "Latex", 1));
        assertThat(result.manufacturers()).containsExactly(new FacetValue(DORMIO.id().toString(), "Dormio", 1));
        assertThat(result.sizes()).extracting(FacetValue::value).containsExactly("90x200", "160x200");
        assertThat(result.firmnesses()).containsExactly(new FacetValue("soft", "soft", 1), new FacetValue("firm", "firm", 1));
        assertThat(result.prices()).hasSize(3).last().extracting(SearchFacets.PriceRangeCount::max).isNull();
    }

    @Test
    void price_ranges_come_from_ascending_bounds() {
        service.searchProducts(query(SkuCriteria.ANY, false));
        assertThat(rangesSeenByIndex.get(0)).containsExactly(new PriceRange(0, 39_999L), new PriceRange(40_000, 59_999L),
                new PriceRange(60_000, null));
        assertThatThrownBy(() -> new SearchProductsService(index, overlay, List::of, List::of, images, urls, List.of(60_000L, 40_000L)))
                .hasMessageContaining("mercato.search.price-range-bounds");
        new SearchProductsService(index, overlay, List::of, List::of, images, urls, List.of()).searchProducts(query(SkuCriteria.ANY, false));
        assertThat(rangesSeenByIndex.get(1)).as("no bounds: one range of every price").containsExactly(new PriceRange(0, null));
    }
}
