package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.mercato.application.ordering.port.in.CountExpiryBacklogUseCase;
import org.mercato.application.ordering.port.out.OrderStore;

@ApplicationScoped
@Transactional
public class CountExpiryBacklogService implements CountExpiryBacklogUseCase {

    private OrderStore orders;
    private Clock clock;

    protected CountExpiryBacklogService() {
        // for CDI client proxies
    }

    @Inject
    public CountExpiryBacklogService(OrderStore orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public long expiredAwaitingSweep() {
        return orders.countDueForExpiry(clock.instant());
    }
}
