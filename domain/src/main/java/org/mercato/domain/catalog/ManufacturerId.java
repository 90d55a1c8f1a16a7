package org.mercato.domain.catalog;

import java.util.Objects;
import java.util.UUID;

public record ManufacturerId(UUID value) {
    public ManufacturerId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
