package org.mercato.adapters.in.rest.accounts;

import jakarta.json.bind.annotation.JsonbProperty;
import org.mercato.domain.accounts.ShippingAddress;

public record AddressJson(String id, String label, String line1, String line2, String city, String postalCode,
        String country, @JsonbProperty("default") boolean isDefault) {

    static AddressJson of(ShippingAddress a) {
        return new AddressJson(a.id().toString(), a.label(), a.line1(), a.line2(), a.city(), a.postalCode(), a.country(),
                a.isDefault());
    }
}
