package org.mercato.application.catalog.port.out;

import java.util.List;
import org.mercato.application.catalog.port.in.CategorySummary;

@FunctionalInterface
public interface LoadCategoriesPort {

    List<CategorySummary> loadCategories();
}
