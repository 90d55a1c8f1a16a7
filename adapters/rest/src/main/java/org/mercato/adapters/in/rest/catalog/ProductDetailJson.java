package org.mercato.adapters.in.rest.catalog;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mercato.adapters.in.rest.support.MoneyJson;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.domain.shared.Money;

/** {@code GET /catalog/products/{id}}: the product, its attributes and images, and every SKU with live availability. */
public record ProductDetailJson(
        String id,
        String name,
        String description,
        String material,
        Ref manufacturer,
        CategoryRef category,
        Map<String, String> attributes,
        List<String> images,
        MoneyJson priceFrom,
        boolean inStock,
        List<SkuJson> skus) {

    public record Ref(String id, String name) {
    }

    public record CategoryRef(String id, String slug, String name) {
    }

    public record SkuJson(String sku, String size, String firmness, int height, MoneyJson price, int available) {
    }

    static ProductDetailJson of(ProductDetail p) {
        List<SkuJson> skus = p.skus().stream()
                .map(s -> new SkuJson(s.sku().value(), s.size().toString(), s.firmness().code(), s.heightCm(),
                        MoneyJson.of(s.price()), s.available()))
                .toList();
        MoneyJson priceFrom = p.skus().stream().map(ProductDetail.SkuOffer::price).min(Money::compareTo)
                .map(MoneyJson::of).orElse(null);
        return new ProductDetailJson(p.id().toString(), p.name(), p.description(), p.material(),
                new Ref(p.manufacturer().id().toString(), p.manufacturer().name()),
                new CategoryRef(p.category().id().toString(), p.category().slug(), p.category().name()),
                new TreeMap<>(p.attributes()), p.images(), priceFrom,
                p.skus().stream().anyMatch(s -> s.available() > 0), skus);
    }
}
