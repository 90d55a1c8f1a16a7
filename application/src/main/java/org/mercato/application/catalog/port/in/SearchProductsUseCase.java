package org.mercato.application.catalog.port.in;

/**
 * The shopper's catalog search: a page of products with facets over everything that matched.
 * Availability ("in stock") is as of the last committed stock change, never as of the last indexing.
 */
public interface SearchProductsUseCase {

    ProductSearchPage searchProducts(ProductSearchQuery query);
}
