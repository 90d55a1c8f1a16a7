package org.mercato.domain.accounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The rule over one shopper's addresses: whenever there are any, exactly one is the default. */
public final class AddressBook {

    private AddressBook() {
    }

    /**
     * The addresses with the default settled: {@code preferred} when given and present, else the
     * current default, else the oldest address.
     */
    public static List<ShippingAddress> settleDefault(List<ShippingAddress> addresses, Optional<UUID> preferred) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        UUID chosen = preferred.filter(id -> addresses.stream().anyMatch(a -> a.id().equals(id)))
                .or(() -> addresses.stream().filter(ShippingAddress::isDefault).map(ShippingAddress::id).findFirst())
                .orElseGet(() -> addresses.stream().min(Comparator.comparing(ShippingAddress::createdAt)).orElseThrow().id());
        List<ShippingAddress> settled = new ArrayList<>();
        for (ShippingAddress a : addresses) {
            settled.add(a.asDefault(a.id().equals(chosen)));
        }
        return settled;
    }
}
