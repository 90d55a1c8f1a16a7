package org.mercato.domain.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mercato.domain.shared.Money;

/**
 * A mattress model as the shop sells it. Invariants: it has at least one SKU, SKU codes are unique
 * within it, and all its prices are in one currency (so "price from" is well defined).
 */
public record Product(
        ProductId id,
        String name,
        String description,
        String material,
        ManufacturerId manufacturerId,
        CategoryId categoryId,
        Map<String, String> attributes,
        List<Sku> skus) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(manufacturerId, "manufacturerId");
        Objects.requireNonNull(categoryId, "categoryId");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a product needs a name");
        }
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
        skus = List.copyOf(skus == null ? List.of() : skus);
        if (skus.isEmpty()) {
            throw new IllegalArgumentException("a product needs at least one SKU");
        }
        Set<SkuCode> codes = new HashSet<>();
        String currency = skus.get(0).price().currency();
        for (Sku sku : skus) {
            if (!codes.add(sku.code())) {
                throw new IllegalArgumentException("duplicate SKU " + sku.code() + " in product " + name);
            }
            if (!sku.price().currency().equals(currency)) {
                throw new IllegalArgumentException("product " + name + " mixes currencies");
            }
        }
    }

    /** The lowest SKU price: what a listing shows as "from". */
    public Money priceFrom() {
        return skus.stream().map(Sku::price).min(Money::compareTo).orElseThrow();
    }
}
