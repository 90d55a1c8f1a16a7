package org.mercato.domain.inventory;

import java.util.Objects;

/** A place that holds stock; {@code code} is the short name staff and feeds use (e.g. {@code BER-1}). */
public record Warehouse(WarehouseId id, String code, String name, String city) {
    public Warehouse {
        Objects.requireNonNull(id, "id");
        if (code == null || !code.matches("[A-Z0-9-]{2,16}")) {
            throw new IllegalArgumentException("warehouse code must be 2-16 of A-Z, 0-9, '-': " + code);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("warehouse name is required");
        }
    }
}
