package org.mercato.adapters.in.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.mercato.application.ordering.port.in.CountExpiryBacklogUseCase;

/**
 * Not ready while too many unpaid orders sit past their payment window (SPEC decision 3): their stock is
 * still held, so the sweeper is down or falling behind and an operator should look. Correctness does not
 * suffer (such orders can no longer be paid); availability of stock does.
 */
@Readiness
@ApplicationScoped
public class ExpiryBacklogReadinessCheck implements HealthCheck {

    @Inject
    CountExpiryBacklogUseCase backlog;

    @Inject
    @ConfigProperty(name = "mercato.order.expiry.backlog-bound", defaultValue = "10000")
    long bound;

    @Override
    public HealthCheckResponse call() {
        try {
            long waiting = backlog.expiredAwaitingSweep();
            return HealthCheckResponse.named("order-expiry-backlog").status(waiting <= bound)
                    .withData("expiredAwaitingSweep", waiting).withData("bound", bound).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("order-expiry-backlog").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
