package org.mercato.application.ordering.port.out;

import java.util.Collection;
import java.util.Map;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

/** The catalog as ordering needs it: what each SKU is and what it costs right now. */
public interface OrderableSkusPort {

    /** Known SKUs only: an unknown code is absent from the map. */
    Map<SkuCode, OrderableSku> find(Collection<SkuCode> skus);

    record OrderableSku(SkuCode sku, ProductId product, String productName, String size, String firmness, int heightCm, Money price) {
    }
}
