package org.mercato.application.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.mercato.application.catalog.port.in.ListManufacturersUseCase;
import org.mercato.application.catalog.port.in.ManufacturerSummary;
import org.mercato.application.catalog.port.out.CatalogListCache;
import org.mercato.application.catalog.port.out.LoadManufacturersPort;

/** Read-through: the replicated list cache answers when it can, the database otherwise. */
@ApplicationScoped
@Transactional
public class ListManufacturersService implements ListManufacturersUseCase {

    private LoadManufacturersPort manufacturers;
    private CatalogListCache cache;

    protected ListManufacturersService() {
        // for CDI client proxies
    }

    @Inject
    public ListManufacturersService(LoadManufacturersPort manufacturers, CatalogListCache cache) {
        this.manufacturers = manufacturers;
        this.cache = cache;
    }

    @Override
    public List<ManufacturerSummary> listManufacturers() {
        return cache.manufacturers().orElseGet(() -> {
            List<ManufacturerSummary> loaded = manufacturers.loadManufacturers();
            cache.storeManufacturers(loaded);
            return loaded;
        });
    }
}
