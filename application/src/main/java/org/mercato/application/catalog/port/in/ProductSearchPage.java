package org.mercato.application.catalog.port.in;

import java.util.List;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.shared.Money;

/** One page of search results, the total over all pages, and the facets of everything that matched. */
public record ProductSearchPage(List<ProductSummary> items, int page, int size, long total, SearchFacets facets) {

    public ProductSearchPage {
        items = List.copyOf(items);
    }

    /**
     * A product as a result list shows it. {@code priceFrom} and {@code inStock} consider only the SKUs
     * that meet the search's SKU filters (all SKUs without such filters); {@code priceFrom} is null for
     * a product without SKUs. {@code imageUrl} is the public URL of its main (first) image, as on the
     * product page, or null when it has none.
     */
    public record ProductSummary(
            ProductId id,
            String name,
            ProductDetail.ManufacturerRef manufacturer,
            ProductDetail.CategoryRef category,
            Money priceFrom,
            String imageUrl,
            boolean inStock) {
    }
}
