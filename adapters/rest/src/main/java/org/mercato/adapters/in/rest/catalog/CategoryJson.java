package org.mercato.adapters.in.rest.catalog;

import org.mercato.application.catalog.port.in.CategorySummary;

public record CategoryJson(String id, String slug, String name, long productCount) {

    static CategoryJson of(CategorySummary c) {
        return new CategoryJson(c.id().toString(), c.slug(), c.name(), c.productCount());
    }
}
