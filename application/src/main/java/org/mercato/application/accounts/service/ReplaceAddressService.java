package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mercato.application.accounts.port.in.AddressCommand;
import org.mercato.application.accounts.port.in.ReplaceAddressUseCase;
import org.mercato.application.accounts.port.out.ShopperAddressPort;
import org.mercato.domain.accounts.ShippingAddress;

@ApplicationScoped
@Transactional
public class ReplaceAddressService implements ReplaceAddressUseCase {

    private ShopperAddressPort addresses;

    protected ReplaceAddressService() {
        // for CDI client proxies
    }

    @Inject
    public ReplaceAddressService(ShopperAddressPort addresses) {
        this.addresses = addresses;
    }

    @Override
    public Optional<ShippingAddress> replace(UUID shopperId, UUID addressId, AddressCommand c) {
        List<ShippingAddress> before = addresses.list(shopperId);
        return before.stream().filter(a -> a.id().equals(addressId)).findFirst().map(old -> {
            ShippingAddress replaced = new ShippingAddress(old.id(), shopperId, c.label(), c.line1(), c.line2(), c.city(),
                    c.postalCode(), c.country(), old.isDefault(), old.createdAt());
            List<ShippingAddress> after = before.stream().map(a -> a.id().equals(addressId) ? replaced : a).toList();
            return AddressBookUpdates.settleAndSave(addresses, before, after,
                            c.makeDefault() ? Optional.of(addressId) : Optional.empty())
                    .stream().filter(a -> a.id().equals(addressId)).findFirst().orElseThrow();
        });
    }
}
