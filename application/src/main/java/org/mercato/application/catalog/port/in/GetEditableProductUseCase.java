package org.mercato.application.catalog.port.in;

import java.util.Optional;
import org.mercato.domain.catalog.ProductId;

/** One product as the editor shows it; empty when there is no such product. */
public interface GetEditableProductUseCase {

    Optional<ProductEditorView.EditableProduct> getEditableProduct(String staffUsername, ProductId id);
}
