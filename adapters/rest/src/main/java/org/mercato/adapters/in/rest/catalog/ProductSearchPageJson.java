package org.mercato.adapters.in.rest.catalog;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.mercato.adapters.in.rest.support.MoneyJson;
import org.mercato.application.catalog.port.in.ProductSearchPage;
import org.mercato.application.catalog.port.in.SearchFacets;

/**
 * {@code GET /catalog/products}: the page envelope of every list plus {@code facets}. Facet values are
 * what the filter parameter of the same name takes (category slug, manufacturer id, size, firmness);
 * price ranges go into {@code minPrice} and {@code maxPrice}.
 */
@JsonbPropertyOrder({"items", "page", "size", "total", "facets"})
public record ProductSearchPageJson(List<ItemJson> items, int page, int size, long total, FacetsJson facets) {

    /** {@code priceFrom} and {@code inStock} are those of the SKUs the filters ask for. */
    @JsonbPropertyOrder({"id", "name", "manufacturer", "category", "priceFrom", "imageUrl", "inStock"})
    public record ItemJson(
            String id,
            String name,
            ProductDetailJson.Ref manufacturer,
            ProductDetailJson.CategoryRef category,
            @JsonbNillable MoneyJson priceFrom,
            // The main image's URL, as on the product page; null for a product without images.
            @JsonbNillable String imageUrl,
            boolean inStock) {
    }

    @JsonbPropertyOrder({"category", "manufacturer", "size", "firmness", "price"})
    public record FacetsJson(
            List<FacetValueJson> category,
            List<FacetValueJson> manufacturer,
            List<FacetValueJson> size,
            List<FacetValueJson> firmness,
            List<PriceRangeJson> price) {
    }

    @JsonbPropertyOrder({"value", "label", "count"})
    public record FacetValueJson(String value, String label, long count) {
    }

    /** Prices from {@code min} to {@code max} minor units, both included; {@code max} null: and more. */
    @JsonbPropertyOrder({"min", "max", "count"})
    public record PriceRangeJson(long min, @JsonbNillable Long max, long count) {
    }

    static ProductSearchPageJson of(ProductSearchPage page) {
        List<ItemJson> items = page.items().stream()
                .map(p -> new ItemJson(p.id().toString(), p.name(),
                        new ProductDetailJson.Ref(p.manufacturer().id().toString(), p.manufacturer().name()),
                        new ProductDetailJson.CategoryRef(p.category().id().toString(), p.category().slug(),
                                p.category().name()),
                        p.priceFrom() == null ? null : MoneyJson.of(p.priceFrom()),
                        p.imageUrl(),
                        p.inStock()))
                .toList();
        SearchFacets f = page.facets();
        FacetsJson facets = new FacetsJson(values(f.categories()), values(f.manufacturers()), values(f.sizes()),
                values(f.firmnesses()),
                f.prices().stream().map(r -> new PriceRangeJson(r.min(), r.max(), r.count())).toList());
        return new ProductSearchPageJson(items, page.page(), page.size(), page.total(), facets);
    }

    private static List<FacetValueJson> values(List<SearchFacets.FacetValue> values) {
        return values.stream().map(v -> new FacetValueJson(v.value(), v.label(), v.count())).toList();
    }
}
