package org.mercato.application.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mercato.application.imports.port.in.ImportJob.LineError;
import org.mercato.application.imports.port.out.CatalogFeedStore;
import org.mercato.application.imports.port.out.FeedRecord;
import org.mercato.application.imports.service.CatalogFeedLineService;
import org.mercato.application.imports.service.CatalogFeedLineService.LineRefused;
import org.mercato.application.imports.service.CatalogFeedLineService.Outcome;
import org.mercato.application.imports.service.CatalogFeedLineService.Status;
import org.mercato.domain.catalog.Category;
import org.mercato.domain.catalog.Manufacturer;
import org.mercato.domain.catalog.ManufacturerId;
import org.mercato.domain.catalog.Product;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.Sku;
import org.mercato.domain.catalog.SkuCode;

class CatalogFeedLineServiceTest {

    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final CatalogFeedLineService service = new CatalogFeedLineService(catalog);

    private static Map<String, String> line(String sku, String size, String price) {
        Map<String, String> fields = new HashMap<>(Map.of("manufacturer", "Nordschlaf", "manufacturerCountry", "de",
                "category", "memory-foam", "product", "Luna", "description", "Seven zones", "material", "Memory foam",
                "sku", sku, "size", size, "firmness", "medium-firm", "height", "22"));
        fields.put("price", price);
        fields.put("currency", "EUR");
        fields.put("attribute.cover", "cotton");
        return fields;
    }

    private Outcome apply(int number, Map<String, String> fields) {
        return service.apply(FeedRecord.of(number, fields));
    }

    @Test
    void a_new_manufacturer_category_product_and_skus_are_created_and_the_same_lines_again_change_nothing() {
        Outcome first = apply(2, line("NS-LUNA-90x200-MF-22", "90x200", "499.00"));
        Outcome second = apply(3, line("NS-LUNA-160x200-MF-22", "160x200", "799.5"));

        assertThat(first.status()).isEqualTo(Status.CREATED);
        assertThat(first.listsChanged()).isTrue();
        assertThat(second.status()).isEqualTo(Status.CREATED);
        assertThat(second.product()).isEqualTo(first.product());
        Product luna = catalog.products.get(first.product());
        assertThat(luna.skus()).extracting(s -> s.price().amount()).containsExactly(49900L, 79950L);
        assertThat(luna.attributes()).containsEntry("cover", "cotton");
        assertThat(catalog.manufacturers.values()).extracting(Manufacturer::country).containsExactly("DE");
        assertThat(catalog.categories.values()).extracting(Category::name).containsExactly("Memory foam");

        Outcome again = apply(2, line("NS-LUNA-90x200-MF-22", "90x200", "499"));
        assertThat(again.status()).isEqualTo(Status.UNCHANGED);
        assertThat(again.product()).as("nothing to evict").isNull();
        assertThat(again.listsChanged()).isFalse();
        assertThat(catalog.saves).as("manufacturer, category, the product twice").isEqualTo(4);
    }

    @Test
    void a_changed_price_updates_the_sku_and_leaves_description_and_material_alone_when_the_line_omits_them() {
        Outcome created = apply(2, line("NS-LUNA-90x200-MF-22", "90x200", "499.00"));
        Map<String, String> cheaper = line("NS-LUNA-90x200-MF-22", "90x200", "449.00");
        cheaper.remove("description");
        cheaper.put("material", "");

        Outcome updated = apply(2, cheaper);

        assertThat(updated.status()).isEqualTo(Status.UPDATED);
        assertThat(updated.product()).isEqualTo(created.product());
        Product luna = catalog.products.get(created.product());
        assertThat(luna.skus().get(0).price().amount()).isEqualTo(44900L);
        assertThat(luna.description()).isEqualTo("Seven zones");
        assertThat(luna.material()).isEqualTo("Memory foam");
    }

    @Test
    void every_problem_of_a_bad_line_is_reported_with_its_field_and_nothing_is_stored() {
        Map<String, String> bad = line("ns-lower", "90x20", "12.345");
        bad.put("firmness", "rock-hard");
        bad.put("height", "80");
        bad.put("currency", "EURO");
        bad.remove("product");

        Outcome outcome = apply(7, bad);

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.errors()).extracting(LineError::line).containsOnly(7);
        assertThat(outcome.errors()).extracting(LineError::field)
                .containsExactlyInAnyOrder("product", "sku", "size", "firmness", "height", "currency");
        assertThat(catalog.saves).isZero();

        Map<String, String> badPrice = line("NS-LUNA-90x200-MF-22", "90x200", "4,99");
        assertThat(apply(8, badPrice).errors()).extracting(LineError::field).containsExactly("price");
        assertThat(apply(9, line("NS-LUNA-90x200-MF-22", "90x200", "0")).errors()).extracting(LineError::field).containsExactly("price");
    }

    @Test
    void a_new_manufacturer_needs_a_country_and_a_new_product_its_description_and_material() {
        Map<String, String> noCountry = line("NS-LUNA-90x200-MF-22", "90x200", "499");
        noCountry.remove("manufacturerCountry");
        assertThat(apply(2, noCountry).errors()).extracting(LineError::field).containsExactly("manufacturerCountry");

        Map<String, String> bare = line("NS-LUNA-90x200-MF-22", "90x200", "499");
        bare.remove("description");
        bare.remove("material");
        assertThatThrownBy(() -> apply(3, bare)).as("thrown so that the container rolls back the manufacturer")
                .isInstanceOfSatisfying(LineRefused.class, e -> assertThat(e.errors()).extracting(LineError::field)
                        .containsExactly("description", "material"));
    }

    @Test
    void a_sku_never_moves_to_another_product_and_a_product_keeps_one_currency() {
        apply(2, line("NS-LUNA-90x200-MF-22", "90x200", "499"));
        Map<String, String> otherModel = line("NS-LUNA-90x200-MF-22", "90x200", "499");
        otherModel.put("product", "Sol");
        assertThatThrownBy(() -> apply(3, otherModel)).isInstanceOfSatisfying(LineRefused.class,
                e -> assertThat(e.errors()).extracting(LineError::field).containsExactly("sku"));

        Map<String, String> francs = line("NS-LUNA-160x200-MF-22", "160x200", "899");
        francs.put("currency", "CHF");
        assertThatThrownBy(() -> apply(4, francs)).isInstanceOfSatisfying(LineRefused.class,
                e -> assertThat(e.errors()).extracting(LineError::field).containsExactly("currency"));
    }

    @Test
    void a_malformed_record_is_a_line_error() {
        Outcome outcome = service.apply(FeedRecord.malformed(4, "the line has 3 values, the header has 12 columns"));
        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.errors()).containsExactly(new LineError(4, null, "the line has 3 values, the header has 12 columns"));
    }

    /** The catalog in maps, with a count of saves to prove that unchanged lines write nothing. */
    static final class InMemoryCatalog implements CatalogFeedStore {
        final Map<ManufacturerId, Manufacturer> manufacturers = new LinkedHashMap<>();
        final Map<String, Category> categories = new LinkedHashMap<>();
        final Map<ProductId, Product> products = new LinkedHashMap<>();
        int saves;

        @Override
        public Optional<Manufacturer> manufacturerNamed(String name) {
            return manufacturers.values().stream().filter(m -> m.name().equals(name)).findFirst();
        }

        @Override
        public void saveManufacturer(Manufacturer manufacturer) {
            saves++;
            manufacturers.put(manufacturer.id(), manufacturer);
        }

        @Override
        public Optional<Category> categoryWithSlug(String slug) {
            return Optional.ofNullable(categories.get(slug));
        }

        @Override
        public void saveCategory(Category category) {
            saves++;
            categories.put(category.slug(), category);
        }

        @Override
        public Optional<Product> productNamed(ManufacturerId manufacturer, String name) {
            return products.values().stream().filter(p -> p.manufacturerId().equals(manufacturer) && p.name().equals(name)).findFirst();
        }

        @Override
        public Optional<ProductId> productOfSku(SkuCode sku) {
            return products.values().stream().filter(p -> p.skus().stream().map(Sku::code).anyMatch(sku::equals))
                    .map(Product::id).findFirst();
        }

        @Override
        public void saveProduct(Product product) {
            saves++;
            products.put(product.id(), product);
        }
    }
}
