package org.mercato.application.ordering.port.in;

import java.util.UUID;

public interface CancelMyOrderUseCase {

    /**
     * Cancels the shopper's order before dispatch and gives its stock back; a refund becomes due when it
     * was paid. Throws {@code NotFoundException} for an order that is not theirs and
     * {@code ConflictException} when the order can no longer be cancelled.
     */
    OrderView cancel(UUID accountId, UUID orderId, String reason);
}
