package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.mercato.application.accounts.port.in.ListMyAddressesUseCase;
import org.mercato.application.accounts.port.out.ShopperAddressPort;
import org.mercato.domain.accounts.ShippingAddress;

@ApplicationScoped
@Transactional
public class ListMyAddressesService implements ListMyAddressesUseCase {

    private ShopperAddressPort addresses;

    protected ListMyAddressesService() {
        // for CDI client proxies
    }

    @Inject
    public ListMyAddressesService(ShopperAddressPort addresses) {
        this.addresses = addresses;
    }

    @Override
    public List<ShippingAddress> myAddresses(UUID shopperId) {
        return addresses.list(shopperId).stream()
                .sorted(Comparator.comparing((ShippingAddress a) -> !a.isDefault()).thenComparing(ShippingAddress::createdAt))
                .toList();
    }
}
