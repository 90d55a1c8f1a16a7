package org.mercato.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mercato.application.catalog.port.in.ProductEditorCommands.ChangeSkuPrices;
import org.mercato.application.catalog.port.in.ProductEditorCommands.SkuPrice;
import org.mercato.application.catalog.port.in.ProductEditorCommands.UpdateProductDetails;
import org.mercato.application.catalog.port.in.ProductEditorView;
import org.mercato.application.catalog.port.in.ProductEditorView.Attribute;
import org.mercato.application.catalog.port.in.ProductEditorView.EditableSku;
import org.mercato.application.catalog.service.ChangeSkuPricesService;
import org.mercato.application.catalog.service.GetEditableProductService;
import org.mercato.application.catalog.service.ListProductsForStaffService;
import org.mercato.application.catalog.service.UpdateProductDetailsService;
import org.mercato.application.common.AccessDeniedException;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.common.NotFoundException;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.shared.Money;

class ProductEditorServicesTest {

    private final ProductEditorFixture f = new ProductEditorFixture();
    private final UpdateProductDetailsService updateDetails = new UpdateProductDetailsService(f.products, f.pages, f.staff);
    private final ChangeSkuPricesService changePrices = new ChangeSkuPricesService(f.products, f.pages, f.staff);
    private final ListProductsForStaffService listProducts = new ListProductsForStaffService(f.products, f.staff, f.urls);
    private final GetEditableProductService getProduct = new GetEditableProductService(f.products, f.images, f.staff, f.urls);

    private UpdateProductDetails details(String name, List<Attribute> attributes) {
        return new UpdateProductDetails(f.product, name, "Seven zones.\nWashable cover.", "latex", attributes);
    }

    private static List<String> fieldsOf(Throwable e) {
        return ((InvalidInputException) e).violations().stream().map(InvalidInputException.FieldViolation::field).toList();
    }

    @Test
    void warehouse_staff_rename_a_product_replace_its_attributes_and_its_page_is_evicted() {
        updateDetails.updateDetails("warehouse", details("  Dormio Aurora II ", List.of(new Attribute("zones", "7"),
                new Attribute("warranty Years", " 10 "))));
        var stored = f.products.get(f.product);
        assertThat(stored.name()).isEqualTo("Dormio Aurora II");
        assertThat(stored.description()).isEqualTo("Seven zones.\nWashable cover.");
        assertThat(stored.material()).isEqualTo("latex");
        assertThat(stored.attributes()).isEqualTo(Map.of("zones", "7", "warranty Years", "10"));
        assertThat(f.pages.evicted).containsExactly(f.product);
    }

    @Test
    void administrators_may_edit_too_but_couriers_unknown_and_deactivated_staff_may_not() {
        updateDetails.updateDetails("admin", details("By the admin", List.of()));
        assertThat(f.products.get(f.product).name()).isEqualTo("By the admin");
        for (String caller : new String[] {"courier", "nobody", "former.clerk", null}) {
            assertThatThrownBy(() -> updateDetails.updateDetails(caller, details("By " + caller, List.of())))
                    .as(caller).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> listProducts.listProducts(caller, new ProductEditorView.ProductListQuery(null, 0, 20)))
                    .as(caller).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> getProduct.getEditableProduct(caller, f.product)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(f.products.get(f.product).name()).isEqualTo("By the admin");
        assertThat(f.pages.evicted).containsExactly(f.product);
    }

    @Test
    void every_bad_field_is_reported_at_once_with_the_row_it_is_in() {
        assertThatThrownBy(() -> details(" ", List.of(new Attribute("zones", "5"), new Attribute("Zones", "6"),
                new Attribute("9lives", "x"), new Attribute("cover", ""), new Attribute("note", "line\nbreak"))))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("name", "attributes[1].name", "attributes[2].name",
                        "attributes[3].value", "attributes[4].value"));
        assertThatThrownBy(() -> new UpdateProductDetails(f.product, "x".repeat(201), "d".repeat(4001), "", List.of()))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("name", "description", "material"));
        assertThatThrownBy(() -> new UpdateProductDetails(f.product, "Tab\tin name", "bell\u0007", "m", List.of()))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("name", "description"));
        List<Attribute> tooMany = java.util.stream.IntStream.range(0, 31).mapToObj(i -> new Attribute("a" + i, "v")).toList();
        assertThatThrownBy(() -> details("ok", tooMany)).satisfies(e -> assertThat(fieldsOf(e)).containsExactly("attributes"));
        assertThatThrownBy(() -> details("ok", List.of(new Attribute("n".repeat(61), "v"), new Attribute("v", "v".repeat(401)))))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("attributes[0].name", "attributes[1].value"));
        // The largest allowed values pass.
        details("x".repeat(200), List.of(new Attribute("n".repeat(60), "v".repeat(400))));
    }

    @Test
    void an_unknown_product_is_not_found_and_nothing_is_evicted() {
        assertThatThrownBy(() -> updateDetails.updateDetails("warehouse",
                new UpdateProductDetails(new ProductId(UUID.randomUUID()), "n", "", "m", List.of())))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("product"));
        assertThat(f.pages.evicted).isEmpty();
    }

    @Test
    void new_prices_are_stored_and_the_product_page_is_evicted() {
        changePrices.changePrices("warehouse", new ChangeSkuPrices(f.product,
                List.of(new SkuPrice("DOR-0001-160x200-M-18", 84_900, "EUR"))));
        assertThat(f.products.get(f.product).skus()).extracting(EditableSku::price)
                .containsExactly(Money.of(49_900, "EUR"), Money.of(84_900, "EUR"));
        assertThat(f.products.locked).containsExactly(f.product);
        assertThat(f.pages.evicted).containsExactly(f.product);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -100, 1_000_000_001L})
    void a_price_that_is_not_positive_or_absurdly_high_is_refused(long amount) {
        assertThatThrownBy(() -> new ChangeSkuPrices(f.product, List.of(new SkuPrice("DOR-0001-90x200-M-18", amount, "EUR"))))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("prices[0].amount"));
    }

    @Test
    void prices_in_mixed_unknown_or_other_currencies_are_refused_and_nothing_changes() {
        assertThatThrownBy(() -> new ChangeSkuPrices(f.product, List.of(new SkuPrice("DOR-0001-90x200-M-18", 100, "EUR"),
                new SkuPrice("DOR-0001-160x200-M-18", 100, "USD"))))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("currency"));
        assertThatThrownBy(() -> new ChangeSkuPrices(f.product, List.of(new SkuPrice("DOR-0001-90x200-M-18", 100, "XYZ"),
                new SkuPrice("DOR-0001-160x200-M-18", 100, "eur"), new SkuPrice("DOR-0001-160x200-M-18", 100, null))))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("prices[0].currency", "prices[1].currency",
                        "prices[2].sku", "prices[2].currency"));
        assertThatThrownBy(() -> new ChangeSkuPrices(f.product, List.of()))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("prices"));

        // One SKU in USD would leave the product in two currencies.
        assertThatThrownBy(() -> changePrices.changePrices("warehouse", new ChangeSkuPrices(f.product,
                List.of(new SkuPrice("DOR-0001-90x200-M-18", 100, "USD")))))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("currency"))
                .hasMessageContaining("must be EUR");
        // All of them in USD is a consistent change.
        changePrices.changePrices("warehouse", new ChangeSkuPrices(f.product, List.of(
                new SkuPrice("DOR-0001-90x200-M-18", 55_000, "USD"), new SkuPrice("DOR-0001-160x200-M-18", 88_000, "USD"))));
        assertThat(f.products.get(f.product).skus()).extracting(s -> s.price().currency()).containsOnly("USD");
    }

    @Test
    void a_sku_of_another_product_is_refused_and_nothing_changes() {
        assertThatThrownBy(() -> changePrices.changePrices("warehouse", new ChangeSkuPrices(f.product, List.of(
                new SkuPrice("DOR-0001-90x200-M-18", 100, "EUR"), new SkuPrice("DOR-0002-90x200-F-20", 100, "EUR")))))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("prices[1].sku"));
        assertThat(f.products.get(f.product).skus()).extracting(EditableSku::price)
                .containsExactly(Money.of(49_900, "EUR"), Money.of(79_900, "EUR"));
        assertThat(f.products.get(f.otherProduct).skus()).extracting(EditableSku::price).containsExactly(Money.of(59_900, "EUR"));
        assertThat(f.pages.evicted).isEmpty();
        assertThatThrownBy(() -> changePrices.changePrices("courier", new ChangeSkuPrices(f.product,
                List.of(new SkuPrice("DOR-0001-90x200-M-18", 100, "EUR"))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> changePrices.changePrices("warehouse", new ChangeSkuPrices(new ProductId(UUID.randomUUID()),
                List.of(new SkuPrice("DOR-0001-90x200-M-18", 100, "EUR"))))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_list_is_paged_searched_by_name_in_any_case_and_shows_the_first_image() {
        f.images.add(GetProductDetailServiceTest.image(f.product, "products/p/main.jpg", 0));
        var all = listProducts.listProducts("warehouse", new ProductEditorView.ProductListQuery("  ", 0, 1));
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.pageCount()).isEqualTo(2);
        assertThat(all.rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Dormio Aurora");
            assertThat(row.skuCount()).isEqualTo(2);
            assertThat(row.priceFrom()).isEqualTo(Money.of(49_900, "EUR"));
        });
        var found = listProducts.listProducts("warehouse", new ProductEditorView.ProductListQuery("BOREA", 0, 20));
        assertThat(found.rows()).extracting(ProductEditorView.ProductListRow::name).containsExactly("Dormio Borea");
        var query = new ProductEditorView.ProductListQuery(null, -3, 1000);
        assertThat(query.page()).isZero();
        assertThat(query.size()).isEqualTo(100);
    }

    @Test
    void the_editor_sees_attributes_by_name_and_images_as_urls_in_order() {
        f.images.add(GetProductDetailServiceTest.image(f.product, "products/p/second.png", 1));
        f.images.add(GetProductDetailServiceTest.image(f.product, "products/p/first.jpg", 0));
        var product = getProduct.getEditableProduct("warehouse", f.product).orElseThrow();
        assertThat(product.attributes()).extracting(Attribute::name).containsExactly("cover", "zones");
        assertThat(product.images()).extracting(ProductEditorView.ProductImage::url)
                .containsExactly("/api/v1/media/products/p/first.jpg", "/api/v1/media/products/p/second.png");
        assertThat(getProduct.getEditableProduct("warehouse", new ProductId(UUID.randomUUID()))).isEmpty();
    }
}
