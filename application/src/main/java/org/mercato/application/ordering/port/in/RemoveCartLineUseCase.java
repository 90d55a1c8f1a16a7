package org.mercato.application.ordering.port.in;

import java.util.UUID;

/** Removes a SKU's line from the cart; a line that is not there is already removed (no error). */
public interface RemoveCartLineUseCase {

    CartView remove(UUID accountId, String sku);
}
