package org.mercato.application.catalog.port.out;

import java.util.List;
import java.util.Optional;
import org.mercato.application.catalog.port.in.CategorySummary;
import org.mercato.application.catalog.port.in.ManufacturerSummary;

/**
 * The category and manufacturer lists, shared by every node of a cluster. Whoever adds, removes or
 * moves a product evicts them; a miss is always safe.
 */
public interface CatalogListCache {

    Optional<List<CategorySummary>> categories();

    void storeCategories(List<CategorySummary> categories);

    Optional<List<ManufacturerSummary>> manufacturers();

    void storeManufacturers(List<ManufacturerSummary> manufacturers);

    void evictAll();
}
