package org.mercato.application.catalog.port.in;

import org.mercato.domain.catalog.CategoryId;

public record CategorySummary(CategoryId id, String slug, String name, long productCount) {
}
