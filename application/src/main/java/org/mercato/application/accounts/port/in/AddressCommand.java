package org.mercato.application.accounts.port.in;

import org.mercato.application.common.Violations;
import org.mercato.domain.accounts.ShippingAddress;

/** An address as a shopper enters it; checks itself (country as ISO 3166 alpha-2, e.g. {@code DE}). */
public record AddressCommand(
        String label, String line1, String line2, String city, String postalCode, String country, boolean makeDefault) {

    public AddressCommand {
        new Violations()
                .check(label == null || label.length() <= 60, "label", "must be at most 60 characters")
                .check(present(line1, 200), "line1", "is required and at most 200 characters")
                .check(line2 == null || line2.length() <= 200, "line2", "must be at most 200 characters")
                .check(present(city, 120), "city", "is required and at most 120 characters")
                .check(ShippingAddress.isPostalCode(postalCode), "postalCode",
                        "is required: 2 to 12 letters, digits, spaces or '-'")
                .check(ShippingAddress.isCountry(country), "country", "must be an ISO 3166 alpha-2 code such as DE")
                .throwIfAny();
        line1 = line1.trim();
        city = city.trim();
        postalCode = postalCode.trim();
    }

    private static boolean present(String text, int max) {
        return text != null && !text.isBlank() && text.length() <= max;
    }
}
