package org.mercato.application.accounts.port.in;

import java.util.UUID;
import org.mercato.domain.accounts.ShippingAddress;

/**
 * Adds an address to the signed-in shopper's book (at most 20). The first address, and one added
 * with {@code makeDefault}, becomes the default.
 */
public interface AddAddressUseCase {

    int MAX_ADDRESSES = 20;

    ShippingAddress add(UUID shopperId, AddressCommand address);
}
