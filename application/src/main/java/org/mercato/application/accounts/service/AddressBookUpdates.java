package org.mercato.application.accounts.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mercato.application.accounts.port.out.ShopperAddressPort;
import org.mercato.domain.accounts.AddressBook;
import org.mercato.domain.accounts.ShippingAddress;

/** Saves what changed after the default has been settled: shared by adding, replacing and removing. */
final class AddressBookUpdates {

    private AddressBookUpdates() {
    }

    static List<ShippingAddress> settleAndSave(ShopperAddressPort port, List<ShippingAddress> before,
            List<ShippingAddress> after, Optional<UUID> preferredDefault) {
        List<ShippingAddress> settled = AddressBook.settleDefault(after, preferredDefault);
        for (ShippingAddress address : settled) {
            if (!before.contains(address)) {
                port.save(address);
            }
        }
        return settled;
    }
}
