package org.mercato.application.accounts.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mercato.domain.accounts.ShippingAddress;

/** A shopper's addresses. Every lookup is by shopper and id: no one reaches another shopper's address. */
public interface ShopperAddressPort {

    List<ShippingAddress> list(UUID shopperId);

    Optional<ShippingAddress> find(UUID shopperId, UUID addressId);

    /** Inserts or replaces the address. */
    void save(ShippingAddress address);

    void remove(UUID shopperId, UUID addressId);
}
