package org.mercato.portal.warehouse;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mercato.application.catalog.port.in.ListCategoriesUseCase;

/** The warehouse landing page: the assortment at a glance. */
@Named
@RequestScoped
public class WarehouseHome {

    @Inject
    ListCategoriesUseCase listCategories;

    private List<CategoryRow> categories;

    public List<CategoryRow> getCategories() {
        if (categories == null) {
            categories = listCategories.listCategories().stream().map(CategoryRow::new).toList();
        }
        return categories;
    }

    public long getProductCount() {
        return getCategories().stream().mapToLong(CategoryRow::getProductCount).sum();
    }
}
