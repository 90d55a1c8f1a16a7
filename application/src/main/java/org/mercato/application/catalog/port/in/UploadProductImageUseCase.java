package org.mercato.application.catalog.port.in;

/**
 * Adds an image to the end of a product's gallery. The bytes must be a JPEG, PNG or WebP image (by
 * their content, not their name) of at most {@link #limits()}{@code .maxBytes()} bytes.
 */
public interface UploadProductImageUseCase {

    ProductEditorView.ProductImage upload(String staffUsername, ProductEditorCommands.UploadProductImage command);

    ProductEditorView.ImageUploadLimits limits();
}
