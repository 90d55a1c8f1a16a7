package org.mercato.domain.shared;

import java.util.Optional;
import java.util.UUID;

/** Parsing of the opaque UUID ids that the API hands out; a malformed id is simply not found. */
public final class Ids {

    private Ids() {
    }

    public static Optional<UUID> parse(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
