package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.mercato.application.ordering.port.in.GetMyOrderUseCase;
import org.mercato.application.ordering.port.in.OrderView;
import org.mercato.application.ordering.port.out.OrderStore;
import org.mercato.domain.ordering.OrderId;

@ApplicationScoped
@Transactional
public class GetMyOrderService implements GetMyOrderUseCase {

    private OrderStore orders;
    private Clock clock;

    protected GetMyOrderService() {
        // for CDI client proxies
    }

    @Inject
    public GetMyOrderService(OrderStore orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public Optional<OrderView> order(UUID accountId, UUID orderId) {
        return orders.findOwn(accountId, new OrderId(orderId)).map(o -> OrderViews.of(o, orders.history(o.id()), clock.instant()));
    }
}
