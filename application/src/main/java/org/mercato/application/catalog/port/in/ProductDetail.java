package org.mercato.application.catalog.port.in;

import java.util.List;
import java.util.Map;
import org.mercato.domain.catalog.CategoryId;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.ManufacturerId;
import org.mercato.domain.catalog.MattressSize;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

/** The product page: the model, who makes it, its category, and each SKU with its price and availability. */
public record ProductDetail(
        ProductId id,
        String name,
        String description,
        String material,
        ManufacturerRef manufacturer,
        CategoryRef category,
        Map<String, String> attributes,
        List<String> images,
        List<SkuOffer> skus) {

    public ProductDetail {
        attributes = Map.copyOf(attributes);
        images = List.copyOf(images);
        skus = List.copyOf(skus);
    }

    /** The same product showing these image URLs, first (main picture) first. */
    public ProductDetail withImages(List<String> imageUrls) {
        return new ProductDetail(id, name, description, material, manufacturer, category, attributes, imageUrls, skus);
    }

    public record ManufacturerRef(ManufacturerId id, String name) {
    }

    public record CategoryRef(CategoryId id, String slug, String name) {
    }

    /** A SKU as offered: {@code available} is summed over all warehouses. */
    public record SkuOffer(SkuCode sku, MattressSize size, Firmness firmness, int heightCm, Money price, int available) {
    }
}
