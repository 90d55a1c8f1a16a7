package org.mercato.application.imports.port.out;

import java.util.Optional;
import org.mercato.domain.catalog.Category;
import org.mercato.domain.catalog.Manufacturer;
import org.mercato.domain.catalog.ManufacturerId;
import org.mercato.domain.catalog.Product;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;

/** The catalog as a feed sees it: lookups by the feed's natural keys, and saves that insert or update. */
public interface CatalogFeedStore {

    Optional<Manufacturer> manufacturerNamed(String name);

    /** Inserts the manufacturer or updates the one with its id. */
    void saveManufacturer(Manufacturer manufacturer);

    Optional<Category> categoryWithSlug(String slug);

    /** Inserts the category or updates the one with its id; a new one sorts after every other. */
    void saveCategory(Category category);

    /** The manufacturer's model of that name with all its SKUs (ordered by code). */
    Optional<Product> productNamed(ManufacturerId manufacturer, String name);

    Optional<ProductId> productOfSku(SkuCode sku);

    /**
     * Inserts the product or updates the one with its id: fields, attributes (replaced as a whole) and its
     * SKUs, inserted or updated by code. SKUs the product no longer lists are left alone.
     */
    void saveProduct(Product product);
}
