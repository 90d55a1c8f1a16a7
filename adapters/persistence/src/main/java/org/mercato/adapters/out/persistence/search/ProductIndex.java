package org.mercato.adapters.out.persistence.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Field paths of the {@code product} index, as mapped on ProductEntity and the entities it embeds. */
final class ProductIndex {

    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String MATERIAL = "material";
    static final String MANUFACTURER_ID = "manufacturer.id";
    static final String MANUFACTURER_NAME = "manufacturer.name";
    static final String CATEGORY_SLUG = "category.slug";

    /** The fields a word of a search text is looked for in, with their weights: the name first, then the manufacturer. */
    static final Map<String, Float> TEXT_FIELDS = textFields();

    private static Map<String, Float> textFields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put(NAME, 3f);
        fields.put(MANUFACTURER_NAME, 2f);
        fields.put(MATERIAL, 1f);
        fields.put(DESCRIPTION, 1f);
        return Collections.unmodifiableMap(fields);
    }

    private ProductIndex() {
    }
}
