package org.mercato.application.setup.port.out;

import java.time.Instant;
import java.util.function.Consumer;
import org.mercato.domain.catalog.Product;

/**
 * A demo catalog too big for the heap (the full scale's 8 million SKUs): generated product by product
 * while it is written. Every pass yields the same products in the same order, so a writer may make
 * several passes, one a table.
 */
public interface DemoCatalog {

    /** The instant of the initial stock and of the first product (one product a minute after it). */
    Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    /** The demo stock was "received" once at the epoch; these are its ledger rows' actor and reference. */
    String INITIAL_STOCK_ACTOR = "demo-data";
    String INITIAL_STOCK_REFERENCE = "initial stock";

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
