package org.mercato.application.inventory.port.in;

import java.time.Instant;
import java.util.List;

/** What the warehouse pages show of stock. */
public final class StockView {

    private StockView() {
    }

    /** Stock of one SKU in one warehouse; {@code low} when fewer than the low-stock threshold are available. */
    public record StockRow(String sku, String productName, String warehouseCode, int onHand, int reserved, int available,
            boolean low) {
    }

    public record StockPage(List<StockRow> rows, int page, int size, long total) {
    }

    public record MovementRow(Instant at, String warehouseCode, int delta, String reason, String actor, String reference) {
    }

    public record WarehouseRow(String code, String name, String city) {
    }

    /** Which stock to list: optional warehouse and text (SKU code or product name), low stock only, paged. */
    public record StockQuery(String warehouseCode, String search, boolean lowOnly, int page, int size) {
        public StockQuery {
            page = Math.max(0, page);
            size = Math.min(Math.max(1, size), 100);
            search = search == null || search.isBlank() ? null : search.trim();
            warehouseCode = warehouseCode == null || warehouseCode.isBlank() ? null : warehouseCode.trim();
        }
    }
}
