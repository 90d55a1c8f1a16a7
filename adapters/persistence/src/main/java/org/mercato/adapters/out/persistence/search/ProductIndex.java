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
    static final String SKUS = "skus";
    static final String SKU_CODE = "skus.code";
    static final String SKU_SIZE = "skus.sizeCode";
    static final String SKU_FIRMNESS = "skus.firmness";
    static final String SKU_PRICE = "skus.priceAmount";
    static final String SKU_CURRENCY = "skus.priceCurrency";
    static final String SKU_SOLD_OUT = "skus.soldOut";

    private ProductIndex() {
    }
}
