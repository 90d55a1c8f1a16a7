package org.mercato.application.catalog.port.in;

/** Puts a product's images in a new order; the first is the product's main picture. */
public interface ReorderProductImagesUseCase {

    void reorder(String staffUsername, ProductEditorCommands.ReorderProductImages command);
}
