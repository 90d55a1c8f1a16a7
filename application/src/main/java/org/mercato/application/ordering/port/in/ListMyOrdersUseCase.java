package org.mercato.application.ordering.port.in;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.mercato.domain.ordering.OrderStatus;

public interface ListMyOrdersUseCase {

    /** The shopper's orders, newest first, every status included. */
    OrderView.Page orders(UUID accountId, OrderQuery query);

    record OrderQuery(Optional<OrderStatus> status, Optional<Instant> from, Optional<Instant> to, int page, int size) {
    }
}
