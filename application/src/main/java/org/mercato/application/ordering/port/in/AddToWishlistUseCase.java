package org.mercato.application.ordering.port.in;

import java.util.UUID;

/**
 * Keeps a SKU on the wishlist; adding one that is there already changes nothing. An unknown SKU is
 * {@link org.mercato.application.common.NotFoundException}, a full wishlist
 * {@link org.mercato.application.common.InvalidInputException}.
 */
public interface AddToWishlistUseCase {

    WishlistView add(UUID accountId, String sku);
}
