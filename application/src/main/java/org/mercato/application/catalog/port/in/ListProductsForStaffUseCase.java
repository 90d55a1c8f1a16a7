package org.mercato.application.catalog.port.in;

/** The warehouse's product list: by name, optionally narrowed to names containing a text, paged. */
public interface ListProductsForStaffUseCase {

    ProductEditorView.ProductListPage listProducts(String staffUsername, ProductEditorView.ProductListQuery query);
}
