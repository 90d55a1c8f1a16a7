package org.mercato.portal.warehouse;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mercato.application.catalog.port.in.CategorySummary;
import org.mercato.application.catalog.port.in.ListCategoriesUseCase;

/** The warehouse landing page: the assortment at a glance. */
@Named
@RequestScoped
public class WarehouseHome {

    @Inject
    ListCategoriesUseCase listCategories;

    private List<CategorySummary> categories;

    public List<CategorySummary> getCategories() {
        if (categories == null) {
            categories = listCategories.listCategories();
        }
        return categories;
    }

    public long getProductCount() {
        return getCategories().stream().mapToLong(CategorySummary::productCount).sum();
    }
}
