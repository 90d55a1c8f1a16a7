package org.mercato.portal.warehouse;

import org.mercato.application.catalog.port.in.CategorySummary;

/** A category as the warehouse pages show it. Expression Language 5 reads getters, not record accessors. */
public final class CategoryRow {

    private final String name;
    private final long productCount;

    CategoryRow(CategorySummary summary) {
        this.name = summary.name();
        this.productCount = summary.productCount();
    }

    public String getName() {
        return name;
    }

    public long getProductCount() {
        return productCount;
    }
}
