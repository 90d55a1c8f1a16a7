package org.mercato.application.catalog.port.out;

import java.util.List;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.shared.Money;

/** Products by name for the warehouse's list; {@code nameContains} (null for all) matches in any letter case. */
@FunctionalInterface
public interface LoadProductListPort {

    ProductListSlice loadProductList(String nameContains, int page, int size);

    /** One page of entries and how many products match in all. */
    record ProductListSlice(List<ProductListEntry> entries, long total) {
        public ProductListSlice {
            entries = List.copyOf(entries);
        }
    }

    /** A listed product; {@code firstImage} is null when it has no image. */
    record ProductListEntry(ProductId id, String name, String manufacturer, String category, int skuCount, Money priceFrom,
            int imageCount, ObjectKey firstImage) {
    }
}
