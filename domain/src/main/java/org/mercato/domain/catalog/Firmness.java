package org.mercato.domain.catalog;

import java.util.Locale;
import java.util.Optional;

/** How hard a mattress feels, on the usual five-step scale. */
public enum Firmness {
    SOFT, MEDIUM_SOFT, MEDIUM, MEDIUM_FIRM, FIRM;

    /** Accepts the API spelling ({@code medium-firm}) as well as the constant name. */
    public static Optional<Firmness> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Firmness f : values()) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The API spelling: lower case, words joined by '-'. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
