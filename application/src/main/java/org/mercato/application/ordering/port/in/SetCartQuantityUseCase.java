package org.mercato.application.ordering.port.in;

import java.util.UUID;

/**
 * Sets how many units of a SKU the cart holds, adding the line when it is new. An unknown SKU is
 * {@link org.mercato.application.common.NotFoundException}; a quantity outside 1..50, a 51st line or a
 * SKU in another currency than the cart is {@link org.mercato.application.common.InvalidInputException}.
 */
public interface SetCartQuantityUseCase {

    CartView setQuantity(SetCartQuantityCommand command);
}
