package org.mercato.application.ordering.port.in;

import java.util.UUID;

/** The shopper's wishlist with current prices and availability. */
public interface ViewWishlistUseCase {

    WishlistView wishlist(UUID accountId);
}
