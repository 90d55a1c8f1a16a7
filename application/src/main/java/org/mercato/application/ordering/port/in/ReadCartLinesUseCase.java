package org.mercato.application.ordering.port.in;

import java.util.List;
import java.util.UUID;

/**
 * The shopper's cart lines for order placement ("default: the cart"), in the order they were added. It
 * joins the caller's transaction, so placement reads the lines it will clear in the same transaction.
 */
public interface ReadCartLinesUseCase {

    List<CartLineQuantity> cartLines(UUID accountId);
}
