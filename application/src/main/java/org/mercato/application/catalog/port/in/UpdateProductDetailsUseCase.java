package org.mercato.application.catalog.port.in;

/** Renames a product and replaces its description, material and attributes. */
public interface UpdateProductDetailsUseCase {

    void updateDetails(String staffUsername, ProductEditorCommands.UpdateProductDetails command);
}
