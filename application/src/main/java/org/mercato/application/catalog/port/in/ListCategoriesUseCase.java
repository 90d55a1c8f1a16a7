package org.mercato.application.catalog.port.in;

import java.util.List;

/** All categories of the shop, in display order, with how many products each holds. */
public interface ListCategoriesUseCase {

    List<CategorySummary> listCategories();
}
