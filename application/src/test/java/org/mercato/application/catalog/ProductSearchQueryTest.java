package org.mercato.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mercato.application.catalog.port.in.ProductSearchQuery;
import org.mercato.application.catalog.port.in.ProductSort;
import org.mercato.application.catalog.port.in.SkuCriteria;
import org.mercato.application.common.InvalidInputException;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.MattressSize;

class ProductSearchQueryTest {

    private static ProductSearchQuery query(String text, ProductSort sort, int page, int size) {
        return new ProductSearchQuery(text, null, null, SkuCriteria.ANY, false, sort, page, size);
    }

    private static InvalidInputException rejected(Runnable construction) {
        try {
            construction.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected the input to be rejected");
    }

    @Test
    void relevance_is_the_default_order_with_a_text_and_newest_without() {
        assertThat(query("dormio", null, 0, 20).sort()).isEqualTo(ProductSort.RELEVANCE);
        assertThat(query(null, null, 0, 20).sort()).isEqualTo(ProductSort.NEWEST);
        assertThat(query("   ", null, 0, 20).sort()).as("a blank text is no text").isEqualTo(ProductSort.NEWEST);
        assertThat(query("  dormio aurora ", ProductSort.PRICE_ASC, 0, 20))
                .extracting(ProductSearchQuery::text, ProductSearchQuery::sort)
                .containsExactly("dormio aurora", ProductSort.PRICE_ASC);
    }

    @Test
    void pages_are_zero_based_and_hold_one_to_a_hundred_products() {
        assertThat(query(null, null, 2, 100).offset()).isEqualTo(200);
        assertThat(rejected(() -> query(null, null, -1, 20)).violations())
                .extracting(InvalidInputException.FieldViolation::field).containsExactly("page");
        assertThat(rejected(() -> query(null, null, 0, 0)).violations())
                .extracting(InvalidInputException.FieldViolation::field).containsExactly("size");
        assertThat(rejected(() -> query(null, null, 0, 101)).violations())
                .extracting(InvalidInputException.FieldViolation::field).containsExactly("size");
    }

    @Test
    void results_beyond_the_first_ten_thousand_are_out_of_reach() {
        assertThat(query(null, null, 99, 100).offset()).isEqualTo(9_900);
        assertThat(rejected(() -> query(null, null, 100, 100)).getMessage()).contains("page", "10000");
        assertThat(rejected(() -> query(null, null, Integer.MAX_VALUE, 100)).violations()).hasSize(1);
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        InvalidInputException e = rejected(() -> new ProductSearchQuery("x".repeat(201), "Not A Slug", null,
                SkuCriteria.ANY, false, null, -1, 500));
        assertThat(e.violations()).extracting(InvalidInputException.FieldViolation::field)
                .containsExactlyInAnyOrder("q", "category", "page", "size");
    }

    @Test
    void a_price_range_must_be_ordered_and_not_negative() {
        assertThat(new SkuCriteria(null, null, 100L, 100L).isAny()).isFalse();
        assertThat(rejected(() -> new SkuCriteria(null, null, 500L, 100L)).violations())
                .extracting(InvalidInputException.FieldViolation::field).containsExactly("minPrice");
        assertThat(rejected(() -> new SkuCriteria(null, null, -1L, null)).violations())
                .extracting(InvalidInputException.FieldViolation::field).containsExactly("minPrice");
        assertThat(rejected(() -> new SkuCriteria(null, null, null, -1L)).violations())
                .extracting(InvalidInputException.FieldViolation::field).containsExactly("maxPrice");
    }

    @Test
    void sku_criteria_hold_for_one_sku_with_both_price_bounds_included() {
        MattressSize double160 = new MattressSize(160, 200);
        SkuCriteria criteria = new SkuCriteria(double160, Firmness.MEDIUM_FIRM, 40_000L, 50_000L);
        assertThat(criteria.matches(double160, Firmness.MEDIUM_FIRM, 40_000)).isTrue();
        assertThat(criteria.matches(double160, Firmness.MEDIUM_FIRM, 50_000)).isTrue();
        assertThat(criteria.matches(double160, Firmness.MEDIUM_FIRM, 50_001)).isFalse();
        assertThat(criteria.matches(new MattressSize(90, 200), Firmness.MEDIUM_FIRM, 45_000)).isFalse();
        assertThat(criteria.matches(double160, Firmness.FIRM, 45_000)).isFalse();
        assertThat(SkuCriteria.ANY.isAny()).isTrue();
        assertThat(SkuCriteria.ANY.matches(double160, Firmness.SOFT, 1)).isTrue();
    }

    @Test
    void sorts_and_firmness_have_api_spellings() {
        assertThat(ProductSort.parse("price_asc")).contains(ProductSort.PRICE_ASC);
        assertThat(ProductSort.parse("PRICE_ASC")).isEmpty();
        assertThat(ProductSort.parse("cheapest")).isEmpty();
        assertThat(ProductSort.codes()).isEqualTo("relevance, price_asc, price_desc, newest, bestselling");
        assertThat(Firmness.parse("medium-firm")).contains(Firmness.MEDIUM_FIRM);
    }

    @Test
    void only_sku_filters_or_availability_constrain_skus() {
        assertThat(query("dormio", null, 0, 20).constrainsSkus()).isFalse();
        assertThat(new ProductSearchQuery(null, null, null, SkuCriteria.ANY, true, null, 0, 20).constrainsSkus()).isTrue();
        assertThat(new ProductSearchQuery(null, null, null, new SkuCriteria(null, Firmness.SOFT, null, null), false,
                null, 0, 20).constrainsSkus()).isTrue();
    }
}
