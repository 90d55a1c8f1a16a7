package org.mercato.application.ordering.port.in;

import java.util.UUID;

/** The shopper's cart with live prices and availability (an empty cart when nothing was added yet). */
public interface ViewCartUseCase {

    CartView cart(UUID accountId);
}
