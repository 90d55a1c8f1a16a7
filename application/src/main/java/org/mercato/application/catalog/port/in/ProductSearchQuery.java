package org.mercato.application.catalog.port.in;

import java.util.Objects;
import org.mercato.application.common.Violations;
import org.mercato.domain.catalog.Category;
import org.mercato.domain.catalog.ManufacturerId;

/**
 * A shopper's catalog search. Every filter is optional (null: no filter); {@code sku} holds the
 * filters one SKU must meet together. Field names in violations are the API's parameter names.
 *
 * @param text        free text, matched fuzzily against name, manufacturer, description and material
 * @param category    a category slug
 * @param inStockOnly only products with at least one matching SKU that is available now
 * @param sort        null for the default: relevance with a text, newest without
 * @param page        0-based page number
 * @param pageSize    1 to {@value #MAX_PAGE_SIZE}
 */
public record ProductSearchQuery(
        String text,
        String category,
        ManufacturerId manufacturer,
        SkuCriteria sku,
        boolean inStockOnly,
        ProductSort sort,
        int page,
        int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_TEXT_LENGTH = 200;
    /**
     * Results are reachable up to this depth, as with Elasticsearch's default result window: deeper
     * pages cost memory on every query and no shopper pages that far.
     */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public ProductSearchQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        sku = Objects.requireNonNullElse(sku, SkuCriteria.ANY);
        sort = Objects.requireNonNullElse(sort, text == null ? ProductSort.NEWEST : ProductSort.RELEVANCE);
        new Violations()
                .check(text == null || text.length() <= MAX_TEXT_LENGTH, "q",
                        "must be at most " + MAX_TEXT_LENGTH + " characters")
                .check(category == null || Category.isValidSlug(category), "category",
                        "must be a category slug such as memory-foam")
                .check(page >= 0, "page", "must be 0 or more")
                .check(pageSize >= 1 && pageSize <= MAX_PAGE_SIZE, "size",
                        "must be between 1 and " + MAX_PAGE_SIZE)
                .check(page < 0 || pageSize < 1 || ((long) page + 1) * pageSize <= MAX_RESULT_WINDOW, "page",
                        "reaches beyond the first " + MAX_RESULT_WINDOW + " results; narrow the search instead")
                .throwIfAny();
    }

    public int offset() {
        return page * pageSize;
    }

    /** Whether the product must have one SKU meeting conditions: SKU filters, or availability. */
    public boolean constrainsSkus() {
        return inStockOnly || !sku.isAny();
    }
}
