package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mercato.application.accounts.port.in.AddAddressUseCase;
import org.mercato.application.accounts.port.in.AddressCommand;
import org.mercato.application.accounts.port.out.ShopperAddressPort;
import org.mercato.application.common.InvalidInputException;
import org.mercato.domain.accounts.ShippingAddress;

@ApplicationScoped
@Transactional
public class AddAddressService implements AddAddressUseCase {

    private ShopperAddressPort addresses;
    private Clock clock;

    protected AddAddressService() {
        // for CDI client proxies
    }

    @Inject
    public AddAddressService(ShopperAddressPort addresses, Clock clock) {
        this.addresses = addresses;
        this.clock = clock;
    }

    @Override
    public ShippingAddress add(UUID shopperId, AddressCommand c) {
        List<ShippingAddress> before = addresses.list(shopperId);
        if (before.size() >= MAX_ADDRESSES) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldViolation(
                    "addresses", "at most " + MAX_ADDRESSES + " addresses per shopper")));
        }
        ShippingAddress added = new ShippingAddress(UUID.randomUUID(), shopperId, c.label(), c.line1(), c.line2(),
                c.city(), c.postalCode(), c.country(), false, clock.instant());
        List<ShippingAddress> after = new ArrayList<>(before);
        after.add(added);
        return AddressBookUpdates.settleAndSave(addresses, before, after,
                        c.makeDefault() ? Optional.of(added.id()) : Optional.empty())
                .stream().filter(a -> a.id().equals(added.id())).findFirst().orElseThrow();
    }
}
