package org.mercato.application.setup.port.out;

import java.util.function.Consumer;
import org.mercato.domain.catalog.Product;

/**
 * A demo catalog too big for the heap (the full scale's 8 million SKUs): generated product by product
 * while it is written. Every pass yields the same products in the same order, so a writer may make
 * several passes, one a table.
 */
public interface DemoCatalog {

    long productCount();

    long skuCount();

    /** Generates every product with its stock, in order, keeping none of them. */
    void forEachProduct(Consumer<GeneratedProduct> sink);

    /** A product, and the units on hand of its SKU number {@code s} in warehouse number {@code w}. */
    record GeneratedProduct(int number, Product product, int[] onHandBySkuAndWarehouse, int warehouses) {
        public int onHand(int sku, int warehouse) {
            return onHandBySkuAndWarehouse[sku * warehouses + warehouse];
        }
    }
}
