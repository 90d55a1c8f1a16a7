package org.mercato.portal.warehouse;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.inventory.port.in.AdjustStockUseCase;
import org.mercato.application.inventory.port.in.CountStockUseCase;
import org.mercato.application.inventory.port.in.StockCommands;
import org.mercato.application.inventory.port.in.StockView.StockRow;
import org.mercato.domain.inventory.MovementReason;
import org.primefaces.PrimeFaces;

/**
 * The adjustment and stocktake dialogs of the stock list. The SKU and warehouse being corrected are
 * kept here, on the server, from the row the user chose; the dialogs post only what was typed. A
 * refusal keeps the dialog open with its message, and nothing has changed.
 */
@Named("stockCorrection")
@ViewScoped
public class StockCorrectionDialogs implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ADD = "ADD";
    static final String REMOVE = "REMOVE";
    private static final List<String> ADJUSTMENT_REASONS = List.of(
            MovementReason.ADJUSTED.name(), MovementReason.DAMAGED.name(), MovementReason.RETURNED.name());
    /** Where each command field's violation is shown, by the client id of its input. */
    private static final Map<String, String> ADJUST_FIELDS = Map.of("delta", "adjust:units", "reason", "adjust:reason",
            "note", "adjust:note");
    private static final Map<String, String> COUNT_FIELDS = Map.of("counted", "count:counted", "note", "count:note");
    private static final String[] AFTER_A_CHANGE = {"stock:rows", "messages"};

    @Inject
    AdjustStockUseCase adjustStock;
    @Inject
    CountStockUseCase countStock;

    private StockRowView row;
    private String reason = MovementReason.ADJUSTED.name();
    private String direction = REMOVE;
    private Integer units;
    private String note;
    private Integer counted;
    private String countNote;

    public void startAdjustment(StockRowView chosen) {
        row = chosen;
        reason = MovementReason.ADJUSTED.name();
        direction = REMOVE;
        units = null;
        note = null;
    }

    public void startCount(StockRowView chosen) {
        row = chosen;
        counted = null;
        countNote = null;
    }

    /** DAMAGED can only take units away and RETURNED only add them, so choosing one sets the direction. */
    public void reasonChanged() {
        if (MovementReason.DAMAGED.name().equals(reason)) {
            direction = REMOVE;
        } else if (MovementReason.RETURNED.name().equals(reason)) {
            direction = ADD;
        }
    }

    public void adjust() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (row == null) {
            return;
        }
        int delta = units == null ? 0 : REMOVE.equals(direction) ? -units : units;
        try {
            StockRow after = adjustStock.adjust(WarehouseRequests.username(faces),
                    new StockCommands.AdjustStock(row.getWarehouseCode(), row.getSku(), delta, adjustmentReason(), note));
            WarehouseRequests.info(faces, "%s in %s: %s %s. On hand was %d, is now %d; %d available.".formatted(
                    after.sku(), after.warehouseCode(), reason, WarehouseRequests.signed(delta), after.onHand() - delta,
                    after.onHand(), after.available()));
            PrimeFaces.current().ajax().update(AFTER_A_CHANGE);
        } catch (RuntimeException failure) {
            showRefusal(faces, failure, ADJUST_FIELDS);
        }
    }

    public void count() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (row == null) {
            return;
        }
        try {
            StockRow after = countStock.count(WarehouseRequests.username(faces), new StockCommands.CountStock(
                    row.getWarehouseCode(), row.getSku(), counted == null ? -1 : counted, countNote));
            WarehouseRequests.info(faces, "Stocktake of %s in %s recorded: %d on hand; %d available.".formatted(
                    after.sku(), after.warehouseCode(), after.onHand(), after.available()));
            PrimeFaces.current().ajax().update(AFTER_A_CHANGE);
        } catch (RuntimeException failure) {
            showRefusal(faces, failure, COUNT_FIELDS);
        }
    }

    // Reason names come back from the browser; anything but the three adjustment reasons is bad input.
    private MovementReason adjustmentReason() {
        if (!ADJUSTMENT_REASONS.contains(reason)) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldViolation("reason",
                    "must be ADJUSTED, DAMAGED or RETURNED")));
        }
        return MovementReason.valueOf(reason);
    }

    /** Shows a refusal inside the dialog and marks the request failed, which keeps the dialog open. */
    private static void showRefusal(FacesContext faces, RuntimeException failure, Map<String, String> fieldInputs) {
        if (failure instanceof InvalidInputException invalid) {
            for (InvalidInputException.FieldViolation violation : invalid.violations()) {
                String input = fieldInputs.get(violation.field());
                WarehouseRequests.error(faces, input, input == null
                        ? WarehouseRequests.onItsOwn(violation) : WarehouseRequests.besideField(violation));
            }
        } else {
            String refusal = WarehouseRequests.refusal(failure);
            if (refusal == null) {
                throw failure;
            }
            WarehouseRequests.error(faces, null, refusal);
        }
        faces.validationFailed();
    }

    public StockRowView getRow() {
        return row;
    }

    public List<String> getReasons() {
        return ADJUSTMENT_REASONS;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = ADD.equals(direction) ? ADD : REMOVE;
    }

    public Integer getUnits() {
        return units;
    }

    public void setUnits(Integer units) {
        this.units = units;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getCounted() {
        return counted;
    }

    public void setCounted(Integer counted) {
        this.counted = counted;
    }

    public String getCountNote() {
        return countNote;
    }

    public void setCountNote(String countNote) {
        this.countNote = countNote;
    }
}
