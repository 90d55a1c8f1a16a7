package org.mercato.domain.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A delivery address of a shopper; at most one of a shopper's addresses is the default. */
public record ShippingAddress(
        UUID id, UUID shopperId, String label, String line1, String line2, String city, String postalCode,
        String country, boolean isDefault, Instant createdAt) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public ShippingAddress {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shopperId, "shopperId");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!isCountry(country)) {
            throw new IllegalArgumentException("not an ISO 3166 alpha-2 country: " + country);
        }
    }

    /** True for 2 to 12 letters, digits, spaces or '-' (leading and trailing spaces aside): the postal codes of the world. */
    public static boolean isPostalCode(String code) {
        return code != null && code.trim().matches("[A-Za-z0-9 -]{2,12}");
    }

    /** True for an ISO 3166-1 alpha-2 code in upper case, such as {@code DE}. */
    public static boolean isCountry(String code) {
        return code != null && code.length() == 2 && COUNTRIES.contains(code);
    }

    public ShippingAddress asDefault(boolean value) {
        return new ShippingAddress(id, shopperId, label, line1, line2, city, postalCode, country, value, createdAt);
    }
}
