package org.mercato.application.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.mercato.application.catalog.port.in.CategorySummary;
import org.mercato.application.catalog.port.in.ListCategoriesUseCase;
import org.mercato.application.catalog.port.out.CatalogListCache;
import org.mercato.application.catalog.port.out.LoadCategoriesPort;

/** Read-through: the replicated list cache answers when it can, the database otherwise. */
@ApplicationScoped
@Transactional
public class ListCategoriesService implements ListCategoriesUseCase {

    private LoadCategoriesPort categories;
    private CatalogListCache cache;

    protected ListCategoriesService() {
        // for CDI client proxies
    }

    @Inject
    public ListCategoriesService(LoadCategoriesPort categories, CatalogListCache cache) {
        this.categories = categories;
        this.cache = cache;
    }

    @Override
    public List<CategorySummary> listCategories() {
        return cache.categories().orElseGet(() -> {
            List<CategorySummary> loaded = categories.loadCategories();
            cache.storeCategories(loaded);
            return loaded;
        });
    }
}
