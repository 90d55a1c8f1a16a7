package org.mercato.application.catalog.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mercato.application.catalog.port.in.ProductEditorView.EditableSku;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

/**
 * A product's own data as its editor changes it. Changes go through the persistence model, so that
 * whatever follows it (the search index) sees them at commit.
 */
public interface ProductEditingPort {

    Optional<ProductForEditing> loadForEditing(ProductId id);

    /**
     * Locks the product against concurrent edits until the transaction ends; false when there is no such
     * product. Waits a bounded time for another editor's lock, then refuses with a conflict.
     */
    boolean lockProduct(ProductId id);

    /** Replaces name, description, material and attributes; false when there is no such product. */
    boolean updateDetails(ProductId id, String name, String description, String material, Map<String, String> attributes);

    /** Sets the prices of the named SKUs, all of which belong to the product. */
    void changePrices(ProductId id, Map<SkuCode, Money> prices);

    /** The product's text, attributes and SKUs (by code) with their current prices. */
    record ProductForEditing(ProductId id, String name, String description, String material, String manufacturer,
            String category, Map<String, String> attributes, List<EditableSku> skus) {
        public ProductForEditing {
            attributes = Map.copyOf(attributes);
            skus = List.copyOf(skus);
        }
    }
}
