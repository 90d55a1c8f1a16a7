package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mercato.application.accounts.port.in.RemoveAddressUseCase;
import org.mercato.application.accounts.port.out.ShopperAddressPort;
import org.mercato.domain.accounts.ShippingAddress;

@ApplicationScoped
@Transactional
public class RemoveAddressService implements RemoveAddressUseCase {

    private ShopperAddressPort addresses;

    protected RemoveAddressService() {
        // for CDI client proxies
    }

    @Inject
    public RemoveAddressService(ShopperAddressPort addresses) {
        this.addresses = addresses;
    }

    @Override
    public boolean remove(UUID shopperId, UUID addressId) {
        List<ShippingAddress> before = addresses.list(shopperId);
        if (before.stream().noneMatch(a -> a.id().equals(addressId))) {
            return false;
        }
        addresses.remove(shopperId, addressId);
        List<ShippingAddress> after = before.stream().filter(a -> !a.id().equals(addressId)).toList();
        AddressBookUpdates.settleAndSave(addresses, before, after, Optional.empty());
        return true;
    }
}
