package org.mercato.portal.warehouse;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.inventory.port.in.ListStockUseCase;
import org.mercato.application.inventory.port.in.StockView;

/**
 * The ledger of one SKU, newest first, in one warehouse or in all the user may see. A plain GET page
 * that only reads: the SKU and warehouse come from the address, and the use case decides whether the
 * user may see them. A refusal answers with its status and a message, never with rows.
 */
@Named("movementHistory")
@RequestScoped
public class MovementHistoryPage {

    @Inject
    ListStockUseCase listStock;

    private String sku;
    private String warehouse;
    private boolean shown;
    private List<MovementRowView> movements = List.of();
    private List<StockRowView> levels = List.of();

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (sku == null) {
            WarehouseRequests.refusePage(faces, 400, "Choose a SKU in the stock list to see its movements.");
            return;
        }
        String user = WarehouseRequests.username(faces);
        try {
            movements = listStock.movements(user, warehouse, sku).stream().map(MovementRowView::new).toList();
            // The search matches SKU codes by substring; the levels shown are this SKU's only.
            levels = listStock.listStock(user, new StockView.StockQuery(warehouse, sku, false, 0, 100)).rows().stream()
                    .filter(row -> row.sku().equals(sku))
                    .map(StockRowView::new)
                    .toList();
            shown = true;
        } catch (InvalidInputException invalid) {
            WarehouseRequests.refusePage(faces, 400, WarehouseRequests.onItsOwn(invalid.violations().get(0)));
        } catch (RuntimeException failure) {
            String refusal = WarehouseRequests.refusal(failure);
            if (refusal == null) {
                throw failure;
            }
            WarehouseRequests.refusePage(faces, WarehouseRequests.status(failure), refusal);
        }
    }

    public boolean isShown() {
        return shown;
    }

    public List<MovementRowView> getMovements() {
        return movements;
    }

    public List<StockRowView> getLevels() {
        return levels;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = given(sku);
    }

    public String getWarehouse() {
        return warehouse;
    }

    public void setWarehouse(String warehouse) {
        this.warehouse = given(warehouse);
    }

    // Typed into the address by hand: a blank parameter means "not given".
    private static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
