package org.mercato.portal.warehouse;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mercato.application.common.AccessDeniedException;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.common.NotFoundException;
import org.mercato.application.inventory.port.in.ListStockUseCase;
import org.mercato.application.inventory.port.in.ReceiveGoodsUseCase;
import org.mercato.application.inventory.port.in.StockCommands;
import org.mercato.application.inventory.port.in.StockView.StockRow;

/**
 * A goods receipt: one warehouse, a delivery-note reference and any number of lines, booked all at
 * once or not at all. The use case's complaints are shown next to the line and field they are about.
 */
@Named("goodsReceipt")
@ViewScoped
public class GoodsReceiptPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(sku|quantity)");
    private static final String WAREHOUSE_INPUT = "receipt:warehouse";
    private static final String REFERENCE_INPUT = "receipt:reference";

    @Inject
    ListStockUseCase listStock;
    @Inject
    ReceiveGoodsUseCase receiveGoods;

    private List<WarehouseOption> warehouses = List.of();
    private String warehouse;
    private String reference;
    private final List<ReceiptLineForm> lines = new ArrayList<>();
    private int nextLineId;
    private List<BookedLineView> booked = List.of();
    private String bookedWarehouse;
    private String bookedReference;

    @PostConstruct
    void open() {
        FacesContext faces = FacesContext.getCurrentInstance();
        addLine();
        try {
            warehouses = listStock.visibleWarehouses(WarehouseRequests.username(faces)).stream().map(WarehouseOption::new).toList();
        } catch (AccessDeniedException refused) {
            // Only when the account lost its role during this very request: StaffStandingFilter checked it at the start.
            WarehouseRequests.refusePage(faces, 403, WarehouseRequests.refusal(refused));
            return;
        }
        if (warehouses.size() == 1) {
            warehouse = warehouses.get(0).getCode();
        }
    }

    public void addLine() {
        lines.add(new ReceiptLineForm(nextLineId++));
    }

    public void removeLine(int id) {
        lines.removeIf(line -> line.getId() == id);
        if (lines.isEmpty()) {
            addLine();
        }
    }

    public void book() {
        FacesContext faces = FacesContext.getCurrentInstance();
        lines.forEach(ReceiptLineForm::clearErrors);
        List<ReceiptLineForm> filled = lines.stream().filter(line -> !line.isBlank()).toList();
        List<StockCommands.ReceiptLine> commandLines = filled.stream()
                .map(line -> new StockCommands.ReceiptLine(line.getSku(), line.getQuantity() == null ? 0 : line.getQuantity()))
                .toList();
        try {
            List<StockRow> after = receiveGoods.receive(WarehouseRequests.username(faces),
                    new StockCommands.ReceiveGoods(warehouse, reference, commandLines));
            List<BookedLineView> rows = new ArrayList<>();
            for (int i = 0; i < after.size(); i++) {
                rows.add(new BookedLineView(commandLines.get(i).quantity(), after.get(i)));
            }
            booked = rows;
            bookedWarehouse = warehouse;
            bookedReference = reference;
            WarehouseRequests.info(faces, "Booked %d %s into %s.".formatted(rows.size(), rows.size() == 1 ? "line" : "lines",
                    warehouse));
            reference = null;
            lines.clear();
            addLine();
        } catch (InvalidInputException invalid) {
            invalid.violations().forEach(violation -> showViolation(faces, violation, filled));
            faces.validationFailed();
        } catch (NotFoundException | AccessDeniedException refused) {
            WarehouseRequests.error(faces, WAREHOUSE_INPUT, WarehouseRequests.refusal(refused));
            faces.validationFailed();
        }
    }

    private static void showViolation(FacesContext faces, InvalidInputException.FieldViolation violation,
            List<ReceiptLineForm> filled) {
        Matcher lineField = LINE_FIELD.matcher(violation.field());
        if (lineField.matches() && Integer.parseInt(lineField.group(1)) < filled.size()) {
            ReceiptLineForm line = filled.get(Integer.parseInt(lineField.group(1)));
            if ("sku".equals(lineField.group(2))) {
                line.setSkuError(WarehouseRequests.besideField(violation));
            } else {
                line.setQuantityError(WarehouseRequests.besideField(violation));
            }
        } else if ("warehouse".equals(violation.field())) {
            WarehouseRequests.error(faces, WAREHOUSE_INPUT, WarehouseRequests.besideField(violation));
        } else if ("reference".equals(violation.field())) {
            WarehouseRequests.error(faces, REFERENCE_INPUT, WarehouseRequests.besideField(violation));
        } else {
            WarehouseRequests.error(faces, null, WarehouseRequests.onItsOwn(violation));
        }
    }

    public List<WarehouseOption> getWarehouses() {
        return warehouses;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public void setWarehouse(String warehouse) {
        this.warehouse = warehouse;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
    }

    public List<ReceiptLineForm> getLines() {
        return lines;
    }

    public List<BookedLineView> getBooked() {
        return booked;
    }

    public String getBookedWarehouse() {
        return bookedWarehouse;
    }

    public String getBookedReference() {
        return bookedReference;
    }
}
