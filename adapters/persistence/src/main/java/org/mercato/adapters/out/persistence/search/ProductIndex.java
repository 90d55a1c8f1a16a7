package org.mercato.adapters.out.persistence.search;

/** Field paths of the {@code product} index, as mapped on ProductEntity and the entities it embeds. */
final class ProductIndex {

    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String MATERIAL = "material";
    static final String PRODUCT_ID = "productId";
    static final String CREATED_AT = "createdAt";
    static final String UNITS_SOLD = "unitsSold";
    static final String MANUFACTURER_ID = "manufacturer.id";
    static final String MANUFACTURER_NAME = "manufacturer.name";
    static final String CATEGORY_ID = "category.id";
    static final String CATEGORY_SLUG = "category.slug";
    static final String CATEGORY_NAME = "category.name";

    private ProductIndex() {
    }
}
