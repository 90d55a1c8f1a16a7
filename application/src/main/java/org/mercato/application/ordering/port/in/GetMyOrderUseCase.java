package org.mercato.application.ordering.port.in;

import java.util.Optional;
import java.util.UUID;

public interface GetMyOrderUseCase {

    /** The shopper's own order; another shopper's order is simply absent. */
    Optional<OrderView> order(UUID accountId, UUID orderId);
}
