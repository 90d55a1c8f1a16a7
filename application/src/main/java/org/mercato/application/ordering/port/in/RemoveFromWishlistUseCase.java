package org.mercato.application.ordering.port.in;

import java.util.UUID;

/** Takes a SKU off the wishlist; one that is not there is already removed (no error). */
public interface RemoveFromWishlistUseCase {

    WishlistView remove(UUID accountId, String sku);
}
