package org.mercato.adapters.in.monitoring;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

    // Held here because Micrometer keeps only weak references to a gauge's state object.
    private final List<LongSupplier> counts = new CopyOnWriteArrayList<>();

    private static final List<String> NAMES = List.of("mercato.orders.expiry.backlog", "mercato.outbox.unpublished");

    void register(@Observes Startup started) {
        removeGauges();
        gauge(NAMES.get(0), backlog::expiredAwaitingSweep);
        gauge(NAMES.get(1), outbox::unpublishedEvents);
    }

    /**
     * A redeployment registers under the same name and tags, and the registry would keep the old gauge,
     * reading beans of an undeployed application; so they go with the application.
     */
    @PreDestroy
    void removeGauges() {
        for (String name : NAMES) {
            Meter gauge = registry.find(name).gauge();
            if (gauge != null) {
                registry.remove(gauge);
            }
        }
    }

    // MeterRegistry.gauge(...), not Gauge.builder(): WildFly's per-deployment registry forwards only the
    // former to the registry that Prometheus reads.
    private void gauge(String name, LongSupplier count) {
        counts.add(count);
        registry.gauge(name, Tags.empty(), count, OrderingGauges::read);
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
