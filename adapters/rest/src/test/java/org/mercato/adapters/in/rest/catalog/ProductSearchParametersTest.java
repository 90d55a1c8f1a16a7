package org.mercato.adapters.in.rest.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mercato.adapters.in.rest.problem.InvalidParametersException;
import org.mercato.adapters.in.rest.problem.ProblemDetail.FieldError;
import org.mercato.application.catalog.port.in.ProductSearchQuery;
import org.mercato.application.catalog.port.in.ProductSort;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.MattressSize;

class ProductSearchParametersTest {

    private final ProductSearchParameters parameters = new ProductSearchParameters();

    private List<String> badFields() {
        try {
            parameters.toQuery();
        } catch (InvalidParametersException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("expected the parameters to be refused");
    }

    @Test
    void no_parameters_ask_for_the_first_twenty_products_newest_first() {
        ProductSearchQuery query = parameters.toQuery();
        assertThat(query.page()).isZero();
        assertThat(query.pageSize()).isEqualTo(20);
        assertThat(query.sort()).isEqualTo(ProductSort.NEWEST);
        assertThat(query.constrainsSkus()).isFalse();
    }

    @Test
    void every_filter_is_parsed_into_the_query() {
        UUID maker = UUID.randomUUID();
        parameters.q = " dormio auroa ";
        parameters.category = "memory-foam";
        parameters.manufacturer = maker.toString();
        parameters.size = List.of("160x200", "50");
        parameters.firmness = "medium-firm";
        parameters.minPrice = "40000";
        parameters.maxPrice = "50000";
        parameters.inStock = "true";
        parameters.sort = "price_desc";
        parameters.page = "2";
        ProductSearchQuery query = parameters.toQuery();
        assertThat(query.text()).isEqualTo("dormio auroa");
        assertThat(query.category()).isEqualTo("memory-foam");
        assertThat(query.manufacturer().value()).isEqualTo(maker);
        assertThat(query.sku().size()).isEqualTo(new MattressSize(160, 200));
        assertThat(query.sku().firmness()).isEqualTo(Firmness.MEDIUM_FIRM);
        assertThat(query.sku().minPrice()).isEqualTo(40_000L);
        assertThat(query.sku().maxPrice()).isEqualTo(50_000L);
        assertThat(query.inStockOnly()).isTrue();
        assertThat(query.sort()).isEqualTo(ProductSort.PRICE_DESC);
        assertThat(query.page()).isEqualTo(2);
        assertThat(query.pageSize()).isEqualTo(50);
    }

    @Test
    void size_is_the_page_size_when_it_is_a_number_and_the_mattress_size_when_it_is_width_x_length() {
        parameters.size = List.of("90x200");
        assertThat(parameters.toQuery().pageSize()).isEqualTo(20);
        assertThat(parameters.toQuery().sku().size()).isEqualTo(new MattressSize(90, 200));
        parameters.size = List.of("100");
        assertThat(parameters.toQuery().pageSize()).isEqualTo(100);
        assertThat(parameters.toQuery().sku().size()).isNull();
    }

    @Test
    void malformed_values_are_all_named_at_once() {
        parameters.size = List.of("160by200");
        parameters.firmness = "squishy";
        parameters.manufacturer = "dormio";
        parameters.sort = "cheapest";
        parameters.minPrice = "abc";
        parameters.maxPrice = "-5";
        parameters.inStock = "yes";
        parameters.page = "1.5";
        assertThat(badFields()).containsExactlyInAnyOrder("size", "firmness", "manufacturer", "sort", "minPrice",
                "maxPrice", "inStock", "page");
    }

    @Test
    void values_out_of_range_are_refused_like_malformed_ones() {
        parameters.size = List.of("0");
        assertThat(badFields()).containsExactly("size");
        parameters.size = List.of("101");
        assertThat(badFields()).containsExactly("size");
        parameters.size = List.of("99999999999999999999");
        assertThat(badFields()).containsExactly("size");
        parameters.size = List.of("20", "30");
        assertThat(badFields()).containsExactly("size");
        parameters.size = List.of("30x200");
        assertThat(badFields()).as("implausible mattress").containsExactly("size");
        parameters.size = null;
        parameters.minPrice = "500";
        parameters.maxPrice = "100";
        assertThat(badFields()).containsExactly("minPrice");
        parameters.minPrice = null;
        parameters.maxPrice = null;
        parameters.page = "999999999999";
        assertThat(badFields()).containsExactly("page");
        parameters.page = "0";
        parameters.category = "Memory Foam";
        assertThat(badFields()).containsExactly("category");
        parameters.category = null;
        parameters.q = "x".repeat(201);
        assertThat(badFields()).containsExactly("q");
    }
}
