package org.mercato.application.imports.port.in;

import java.util.Objects;
import java.util.UUID;

public record ImportJobId(UUID value) {
    public ImportJobId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
