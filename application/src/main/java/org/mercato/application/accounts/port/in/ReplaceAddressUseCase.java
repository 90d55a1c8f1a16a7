package org.mercato.application.accounts.port.in;

import java.util.Optional;
import java.util.UUID;
import org.mercato.domain.accounts.ShippingAddress;

/** Replaces one of the signed-in shopper's addresses; empty when the shopper has no such address. */
public interface ReplaceAddressUseCase {

    Optional<ShippingAddress> replace(UUID shopperId, UUID addressId, AddressCommand address);
}
