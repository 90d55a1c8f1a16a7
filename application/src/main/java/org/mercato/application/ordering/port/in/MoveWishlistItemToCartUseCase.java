package org.mercato.application.ordering.port.in;

import java.util.UUID;

/**
 * Moves a wishlist item into the cart in one transaction: adds {@code quantity} units (default 1) to the
 * SKU's cart line and takes the SKU off the wishlist; either both happen or neither. A SKU that is not on
 * the wishlist, or no longer in the catalog, is {@link org.mercato.application.common.NotFoundException};
 * a line that would exceed 50 units is {@link org.mercato.application.common.InvalidInputException}.
 */
public interface MoveWishlistItemToCartUseCase {

    CartView moveToCart(UUID accountId, String sku, Integer quantity);
}
