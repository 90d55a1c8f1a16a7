package org.mercato.application.imports.port.out;

import java.util.Set;

/**
 * The catalog feed's columns (CSV header names, JSON member names), one SKU a line. Readers match them
 * without regard to letter case; {@code attribute.<name>} columns carry product attributes.
 */
public final class CatalogFeedColumns {

    public static final String MANUFACTURER = "manufacturer";
    public static final String MANUFACTURER_COUNTRY = "manufacturerCountry";
    public static final String CATEGORY = "category";
    public static final String CATEGORY_NAME = "categoryName";
    public static final String PRODUCT = "product";
    public static final String DESCRIPTION = "description";
    public static final String MATERIAL = "material";
    public static final String SKU = "sku";
    public static final String SIZE = "size";
    public static final String FIRMNESS = "firmness";
    public static final String HEIGHT = "height";
    public static final String PRICE = "price";
    public static final String CURRENCY = "currency";
    /** Prefix of attribute columns, such as {@code attribute.cover}. */
    public static final String ATTRIBUTE_PREFIX = "attribute.";
    /** A JSON line may instead carry its attributes as an object under this member. */
    public static final String ATTRIBUTES_OBJECT = "attributes";

    public static final Set<String> REQUIRED =
            Set.of(MANUFACTURER, CATEGORY, PRODUCT, SKU, SIZE, FIRMNESS, HEIGHT, PRICE, CURRENCY);
    public static final Set<String> ALL = Set.of(MANUFACTURER, MANUFACTURER_COUNTRY, CATEGORY, CATEGORY_NAME, PRODUCT,
            DESCRIPTION, MATERIAL, SKU, SIZE, FIRMNESS, HEIGHT, PRICE, CURRENCY);

    private CatalogFeedColumns() {
    }
}
