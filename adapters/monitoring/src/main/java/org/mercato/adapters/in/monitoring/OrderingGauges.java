package org.mercato.adapters.in.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mercato.application.ordering.port.in.CountExpiryBacklogUseCase;
import org.mercato.application.ordering.port.in.CountUnpublishedEventsUseCase;

/**
 * Gauges read when Prometheus scrapes (one indexed count each): the expiry backlog and the outbox lag
 * (SPEC decision 15). A failing count reports NaN rather than breaking the whole scrape.
 */
@ApplicationScoped
public class OrderingGauges {

    private static final Logger LOG = Logger.getLogger(OrderingGauges.class.getName());

    @Inject
    MeterRegistry registry;
    @Inject
    CountExpiryBacklogUseCase backlog;
    @Inject
    CountUnpublishedEventsUseCase outbox;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        gauge("mercato.orders.expiry.backlog", "Unpaid orders past their payment window that the sweeper has not expired yet",
                backlog::expiredAwaitingSweep);
        gauge("mercato.outbox.unpublished", "Domain events written to the outbox and not yet published", outbox::unpublishedEvents);
    }

    private void gauge(String name, String description, LongSupplier count) {
        Gauge.builder(name, count, OrderingGauges::read).description(description).register(registry);
    }

    private static double read(LongSupplier count) {
        try {
            return count.getAsLong();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "gauge read failed", e);
            return Double.NaN;
        }
    }
}
