package org.mercato.domain.inventory;

import java.util.Objects;
import java.util.UUID;

public record WarehouseId(UUID value) {
    public WarehouseId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
