package org.mercato.domain.accounts;

/** What an integrator's API key admits it to; each integrations endpoint names the scope it needs. */
public enum ApiKeyScope {
    /** Import products and SKUs (catalog feed). */
    CATALOG_FEED,
    /** Report on-hand stock per SKU and warehouse (stock feed). */
    STOCK_FEED
}
