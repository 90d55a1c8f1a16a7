package org.mercato.portal.warehouse.products;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.mercato.application.catalog.port.in.ListProductsForStaffUseCase;
import org.mercato.application.catalog.port.in.ProductEditorView.ProductListPage;
import org.mercato.application.catalog.port.in.ProductEditorView.ProductListQuery;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The warehouse's products by name, a page at a time, narrowed by a piece of the name ({@code ?q=}). */
@Named("productList")
@ViewScoped
public class ProductsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE_ID = "product-list:products";

    @Inject
    ListProductsForStaffUseCase listProducts;

    private String search;
    private final LazyDataModel<ProductRow> products = new Products();

    public LazyDataModel<ProductRow> getProducts() {
        return products;
    }

    /** Applies the search field (bound already); the table starts again at its first page. */
    public void applySearch() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE_ID) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    private ProductListPage page(int page, int size) {
        String staff = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return listProducts.listProducts(staff, new ProductListQuery(search, page, size));
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        // The query cuts it too; cutting here keeps an overlong paste out of the page's links.
        this.search = search == null ? null
                : search.substring(0, Math.min(search.length(), ProductListQuery.MAX_SEARCH_LENGTH));
    }

    private final class Products extends LazyDataModel<ProductRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, page(0, 1).total());
        }

        @Override
        public List<ProductRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, 100));
            return page(first / size, size).rows().stream().map(ProductRow::new).toList();
        }

        @Override
        public String getRowKey(ProductRow row) {
            return row.getId();
        }
    }
}
