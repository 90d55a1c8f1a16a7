package org.mercato.application.accounts.port.in;

import java.util.List;
import java.util.UUID;
import org.mercato.domain.accounts.ShippingAddress;

/** The signed-in shopper's addresses, the default first. */
public interface ListMyAddressesUseCase {

    List<ShippingAddress> myAddresses(UUID shopperId);
}
