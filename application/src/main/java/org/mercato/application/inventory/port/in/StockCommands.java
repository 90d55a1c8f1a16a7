package org.mercato.application.inventory.port.in;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mercato.application.common.Violations;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.inventory.MovementReason;
import org.mercato.domain.inventory.StockLevel;

/** The commands of the warehouse: each checks itself, so use cases only see well-formed ones. */
public final class StockCommands {

    private StockCommands() {
    }

    /** One line of a goods receipt. */
    public record ReceiptLine(String sku, int quantity) {
    }

    /** Goods received into one warehouse: 1 to 200 lines, each SKU once, 1 to 100,000 units a line. */
    public record ReceiveGoods(String warehouseCode, String reference, List<ReceiptLine> lines) {
        public ReceiveGoods {
            lines = lines == null ? List.of() : List.copyOf(lines);
            Set<String> seen = new HashSet<>();
            Violations v = new Violations()
                    .check(warehouseCode != null && !warehouseCode.isBlank(), "warehouse", "is required")
                    .check(reference == null || reference.length() <= 200, "reference", "must be at most 200 characters")
                    .check(!lines.isEmpty() && lines.size() <= 200, "lines", "must be 1 to 200 lines");
            for (int i = 0; i < lines.size(); i++) {
                ReceiptLine line = lines.get(i);
                v.check(line != null && SkuCode.isValid(line.sku()), "lines[" + i + "].sku", "must be a SKU code")
                        .check(line != null && line.quantity() >= 1 && line.quantity() <= StockLevel.MAX_QUANTITY,
                                "lines[" + i + "].quantity", "must be 1 to " + StockLevel.MAX_QUANTITY)
                        .check(line == null || seen.add(line.sku()), "lines[" + i + "].sku", "appears twice");
            }
            v.throwIfAny();
        }
    }

    /** A correction of on-hand: ADJUSTED (either way), DAMAGED (down), RETURNED (up). */
    public record AdjustStock(String warehouseCode, String sku, int delta, MovementReason reason, String note) {
        public AdjustStock {
            new Violations()
                    .check(warehouseCode != null && !warehouseCode.isBlank(), "warehouse", "is required")
                    .check(SkuCode.isValid(sku), "sku", "must be a SKU code")
                    .check(delta != 0 && Math.abs(delta) <= StockLevel.MAX_QUANTITY, "delta",
                            "must change on-hand by 1 to " + StockLevel.MAX_QUANTITY + " units")
                    .check(reason == MovementReason.ADJUSTED || (reason == MovementReason.DAMAGED && delta < 0)
                            || (reason == MovementReason.RETURNED && delta > 0), "reason",
                            "must be ADJUSTED, DAMAGED (lowers on-hand) or RETURNED (raises on-hand)")
                    .check(note != null && !note.isBlank() && note.length() <= 200, "note",
                            "must say why, in at most 200 characters")
                    .throwIfAny();
        }
    }

    /** A stocktake of one SKU: what was counted on the shelf. */
    public record CountStock(String warehouseCode, String sku, int counted, String note) {
        public CountStock {
            new Violations()
                    .check(warehouseCode != null && !warehouseCode.isBlank(), "warehouse", "is required")
                    .check(SkuCode.isValid(sku), "sku", "must be a SKU code")
                    .check(counted >= 0 && counted <= StockLevel.MAX_ON_HAND, "counted", "must be 0 to " + StockLevel.MAX_ON_HAND)
                    .check(note == null || note.length() <= 200, "note", "must be at most 200 characters")
                    .throwIfAny();
        }
    }
}
