package org.mercato.portal.warehouse;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mercato.application.inventory.port.in.ListStockUseCase;
import org.mercato.application.inventory.port.in.StockView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The stock list: one page of SKU-and-warehouse rows at a time, filtered by text, warehouse and low
 * stock. The filter lives in the address (warehouse, q, low), so a filtered list can be bookmarked and
 * the back button works; applying the filter form redirects to that address. Which warehouses a user
 * may list is the use case's decision, asked once when the page opens.
 */
@Named("stockList")
@ViewScoped
public class StockListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_SEARCH_LENGTH = 100;
    static final int MAX_WAREHOUSE_LENGTH = 32;

    @Inject
    ListStockUseCase listStock;

    private String warehouse;
    private String search;
    private boolean lowOnly;
    private List<WarehouseOption> warehouses = List.of();
    private boolean listable;
    private final LazyDataModel<StockRowView> rows = new Rows();

    /** Runs on the first request of the view: the choices, and whether this listing is the user's to see. */
    public void open() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String user = WarehouseRequests.username(faces);
        try {
            warehouses = listStock.visibleWarehouses(user).stream().map(WarehouseOption::new).toList();
            listStock.listStock(user, query(0, 1));
            listable = true;
        } catch (RuntimeException failure) {
            String refusal = WarehouseRequests.refusal(failure);
            if (refusal == null) {
                throw failure;
            }
            WarehouseRequests.refusePage(faces, WarehouseRequests.status(failure), refusal);
        }
    }

    /** Applies the filter form by opening the list at the address that carries the filter. */
    public void apply() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        List<String> parameters = new ArrayList<>();
        // A user with one warehouse has no choice to make; a foreign code from the address must not stick.
        if (warehouse != null && isWarehouseChoice()) {
            parameters.add("warehouse=" + URLEncoder.encode(warehouse, StandardCharsets.UTF_8));
        }
        if (search != null) {
            parameters.add("q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
        }
        if (lowOnly) {
            parameters.add("low=true");
        }
        external.redirect(external.getRequestContextPath() + "/warehouse/stock.xhtml"
                + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters)));
    }

    private StockView.StockQuery query(int page, int size) {
        return new StockView.StockQuery(warehouse, search, lowOnly, page, size);
    }

    public LazyDataModel<StockRowView> getRows() {
        return rows;
    }

    public boolean isListable() {
        return listable;
    }

    public List<WarehouseOption> getWarehouses() {
        return warehouses;
    }

    /** A user who may see one warehouse only has nothing to choose. */
    public boolean isWarehouseChoice() {
        return warehouses.size() > 1;
    }

    /** The one warehouse of a user who may see no other, shown instead of a choice; null otherwise. */
    public String getOnlyWarehouse() {
        return warehouses.size() == 1 ? warehouses.get(0).getLabel() : null;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public void setWarehouse(String warehouse) {
        this.warehouse = trimmed(warehouse, MAX_WAREHOUSE_LENGTH);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = trimmed(search, MAX_SEARCH_LENGTH);
    }

    public boolean isLowOnly() {
        return lowOnly;
    }

    public void setLowOnly(boolean lowOnly) {
        this.lowOnly = lowOnly;
    }

    // Address parameters are typed by hand: blanks mean "no filter", and an overlong paste is cut, not an error.
    private static String trimmed(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        return value.length() > maxLength ? value.substring(0, maxLength) : value;
    }

    private final class Rows extends LazyDataModel<StockRowView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (!listable) {
                return 0;
            }
            long total = listStock.listStock(WarehouseRequests.username(FacesContext.getCurrentInstance()), query(0, 1)).total();
            return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<StockRowView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (!listable) {
                return List.of();
            }
            // The query bounds the page size; the page number must be counted in the size it will use.
            int size = query(0, pageSize).size();
            return listStock.listStock(WarehouseRequests.username(FacesContext.getCurrentInstance()), query(first / size, size))
                    .rows().stream().map(StockRowView::new).toList();
        }

        @Override
        public String getRowKey(StockRowView row) {
            return row.key();
        }
    }
}
