package org.mercato.application.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.mercato.application.catalog.port.in.CategorySummary;
import org.mercato.application.catalog.port.in.ListCategoriesUseCase;
import org.mercato.application.catalog.port.out.LoadCategoriesPort;

@ApplicationScoped
@Transactional
public class ListCategoriesService implements ListCategoriesUseCase {

    private LoadCategoriesPort categories;

    protected ListCategoriesService() {
        // for CDI client proxies
    }

    @Inject
    public ListCategoriesService(LoadCategoriesPort categories) {
        this.categories = categories;
    }

    @Override
    public List<CategorySummary> listCategories() {
        return categories.loadCategories();
    }
}
