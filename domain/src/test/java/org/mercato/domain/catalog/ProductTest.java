package org.mercato.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mercato.domain.shared.Money;

class ProductTest {

    private static Sku sku(String code, long price, String currency) {
        return new Sku(new SkuCode(code), new MattressSize(160, 200), Firmness.MEDIUM, 22, Money.of(price, currency));
    }

    private static Product product(List<Sku> skus) {
        return new Product(new ProductId(UUID.randomUUID()), "Dreamer", "", "foam",
                new ManufacturerId(UUID.randomUUID()), new CategoryId(UUID.randomUUID()), Map.of(), skus);
    }

    @Test
    void price_from_is_the_cheapest_sku() {
        Product p = product(List.of(sku("DRM-1", 50_000, "EUR"), sku("DRM-2", 42_000, "EUR")));
        assertThat(p.priceFrom()).isEqualTo(Money.of(42_000, "EUR"));
    }

    @Test
    void needs_at_least_one_sku() {
        assertThatThrownBy(() -> product(List.of())).hasMessageContaining("at least one SKU");
    }

    @Test
    void refuses_duplicate_sku_codes_and_mixed_currencies() {
        assertThatThrownBy(() -> product(List.of(sku("DRM-1", 1, "EUR"), sku("DRM-1", 2, "EUR"))))
                .hasMessageContaining("duplicate SKU");
        assertThatThrownBy(() -> product(List.of(sku("DRM-1", 1, "EUR"), sku("DRM-2", 2, "USD"))))
                .hasMessageContaining("mixes currencies");
    }

    @Test
    void sizes_and_firmness_parse_from_their_api_spelling() {
        assertThat(MattressSize.parse("160x200")).contains(new MattressSize(160, 200));
        assertThat(MattressSize.parse("160 by 200")).isEmpty();
        assertThat(MattressSize.parse("10x200")).isEmpty();
        assertThat(Firmness.parse("medium-firm")).contains(Firmness.MEDIUM_FIRM);
        assertThat(Firmness.MEDIUM_FIRM.code()).isEqualTo("medium-firm");
        assertThat(Firmness.parse("rock-hard")).isEmpty();
    }

    @Test
    void sku_codes_are_upper_case_codes() {
        assertThat(SkuCode.isValid("DRM-0007-160x200-MF-22")).isTrue();
        assertThat(SkuCode.isValid("drm 7")).isFalse();
        assertThat(SkuCode.isValid("")).isFalse();
    }
}
