package org.mercato.application.accounts.port.in;

import java.util.UUID;

/**
 * Removes one of the signed-in shopper's addresses; false when the shopper has no such address. When
 * the default goes, the oldest remaining address becomes the default.
 */
public interface RemoveAddressUseCase {

    boolean remove(UUID shopperId, UUID addressId);
}
