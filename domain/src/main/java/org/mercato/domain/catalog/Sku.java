package org.mercato.domain.catalog;

import java.util.Objects;
import org.mercato.domain.shared.Money;

/** One sellable variant of a model: a size, a firmness and a height, each with its own price. */
public record Sku(SkuCode code, MattressSize size, Firmness firmness, int heightCm, Money price) {
    public Sku {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(firmness, "firmness");
        Objects.requireNonNull(price, "price");
        if (heightCm < 5 || heightCm > 60) {
            throw new IllegalArgumentException("implausible mattress height " + heightCm + " cm");
        }
        if (price.amount() <= 0) {
            throw new IllegalArgumentException("a SKU must have a positive price");
        }
    }
}
