package org.mercato.application.inventory.port.in;

import java.util.List;

/**
 * An integrator's stock feed: each line sets on-hand of one SKU in one warehouse, through the ledger
 * (a STOCKTAKE movement by {@code integration:<key name>}). Lines stand alone: each commits or fails
 * by itself, and the answer says what became of every line. At most {@value #MAX_LINES} lines.
 */
public interface ApplyStockFeedUseCase {

    int MAX_LINES = 1000;

    List<LineResult> apply(String integrationName, List<Line> lines);

    /** A line as sent; the use case checks it. */
    record Line(String sku, String warehouse, Integer onHand) {
    }

    enum Status { UPDATED, UNCHANGED, UNKNOWN_SKU, UNKNOWN_WAREHOUSE, BELOW_RESERVED, INVALID }

    /** {@code onHand} and {@code delta} are set when the line was applied. */
    record LineResult(int line, String sku, String warehouse, Status status, Integer onHand, Integer delta, String message) {
    }
}
