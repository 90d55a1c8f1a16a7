package org.mercato.application.ordering.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mercato.application.ordering.port.in.ListMyOrdersUseCase.OrderQuery;
import org.mercato.application.ordering.port.in.OrderView;
import org.mercato.domain.ordering.Order;
import org.mercato.domain.ordering.OrderId;
import org.mercato.domain.ordering.StatusChange;

/** Orders, their lines and their history. */
public interface OrderStore {

    /**
     * Adds new orders, each with its first history row ({@code placements}, in the same order), and writes
     * them now, so that the stock locks taken next are held for as short a time as possible.
     */
    void add(List<Order> orders, List<StatusChange> placements);

    /** Takes out again orders added in this transaction that could not be placed, with their lines and history. */
    void discard(List<Order> orders);

    /** The shopper's order, locked against concurrent changes for the rest of the transaction. */
    Optional<Order> lockOwn(UUID accountId, OrderId id);

    /**
     * Up to {@code limit} unpaid orders whose payment window ended by {@code now}, oldest due first,
     * locked for the rest of the transaction.
     */
    List<Order> lockDueForExpiry(Instant now, int limit);

    /** Stores the orders' new statuses and appends their history rows. */
    void update(List<Order> orders, List<StatusChange> changes);

    Optional<Order> findOwn(UUID accountId, OrderId id);

    List<StatusChange> history(OrderId id);

    OrderView.Page list(UUID accountId, OrderQuery query);

    long countDueForExpiry(Instant now);
}
