package org.mercato.application.catalog.port.in;

/** Removes an image from a product's gallery and from the object store. */
public interface RemoveProductImageUseCase {

    void remove(String staffUsername, ProductEditorCommands.RemoveProductImage command);
}
