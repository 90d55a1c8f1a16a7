package org.mercato.application.ordering.port.in;

import java.util.List;
import org.mercato.application.common.ConflictException;

/** Some lines of an order are short (HTTP 409 {@code insufficient-stock}); nothing was reserved. */
public class InsufficientStockException extends ConflictException {

    private final transient List<ShortLine> lines;

    public InsufficientStockException(List<ShortLine> lines) {
        super("insufficient-stock", "Not enough stock for " + lines.size() + (lines.size() == 1 ? " line" : " lines")
                + " of the order; nothing was reserved.");
        this.lines = List.copyOf(lines);
    }

    public List<ShortLine> lines() {
        return lines;
    }

    /** {@code field} points into the request, e.g. {@code items[2]}. */
    public record ShortLine(String field, String sku, int requested, int available) {
    }
}
