package org.mercato.domain.catalog;

import java.util.Objects;

/** A mattress maker whose models the marketplace sells; {@code country} is ISO 3166 alpha-2. */
public record Manufacturer(ManufacturerId id, String name, String country) {
    public Manufacturer {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("manufacturer name is required");
        }
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be ISO 3166 alpha-2: " + country);
        }
    }
}
