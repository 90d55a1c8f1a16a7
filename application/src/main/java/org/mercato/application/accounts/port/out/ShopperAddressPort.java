package org.mercato.application.accounts.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mercato.domain.accounts.ShippingAddress;

/** A shopper's addresses. Every lookup is by shopper and id: no one reaches another shopper's address. */
public interface ShopperAddressPort {

    List<ShippingAddress> list(UUID shopperId);

    /** The shopper's name and default address (if one is marked) in one read; empty when there is no such shopper. */
    Optional<Addressee> addressee(UUID shopperId);

    record Addressee(String name, Optional<ShippingAddress> defaultAddress) {
    }

    Optional<ShippingAddress> find(UUID shopperId, UUID addressId);

    /** Inserts or replaces the address. */
    void save(ShippingAddress address);

    void remove(UUID shopperId, UUID addressId);
}
