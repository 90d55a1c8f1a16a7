package org.mercato.adapters.in.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.application.ordering.port.in.ExpireDueOrdersUseCase;

/**
 * The expiry sweeper (SPEC decision 3): a persistent EJB interval timer. Persistent timers live in the
 * database (the timer service's data store, configure-mercato.cli), so in a cluster each tick fires on
 * one node only and a restart resumes the schedule. Each batch is its own transaction; a run goes on
 * batch after batch until one comes back short, so a backlog drains at full speed rather than one batch
 * per tick. Ticks that fall due meanwhile are skipped by the container (the singleton is busy).
 *
 * <p>The interval is configuration ({@code mercato.order.expiry.interval}), which an {@code @Schedule}
 * annotation cannot read, so the timer is created here and recreated when the interval changes.
 */
@Singleton
@Startup
@DependsOn("StoreInitializer")
// Every batch opens and commits its own transaction in the use case.
@TransactionManagement(TransactionManagementType.BEAN)
public class OrderExpirySweeper {

    private static final Logger LOG = Logger.getLogger(OrderExpirySweeper.class.getName());
    static final String TIMER_PREFIX = "mercato-order-expiry@";

    @Resource
    TimerService timers;
    @Inject
    ExpireDueOrdersUseCase expireDueOrders;
    @Inject
    @ConfigProperty(name = "mercato.order.expiry.interval", defaultValue = "PT15S")
    Duration interval;
    @Inject
    @ConfigProperty(name = "mercato.order.expiry.batch-size", defaultValue = "500")
    int batchSize;

    @PostConstruct
    void schedule() {
        String wanted = TIMER_PREFIX + interval;
        boolean present = false;
        for (Timer timer : timers.getTimers()) {
            Object info = timer.getInfo();
            if (info instanceof String name && name.startsWith(TIMER_PREFIX)) {
                if (name.equals(wanted) && !present) {
                    present = true;
                } else {
                    timer.cancel();
                }
            }
        }
        if (!present) {
            long millis = interval.toMillis();
            timers.createIntervalTimer(millis, millis, new TimerConfig(wanted, true));
        }
        LOG.info(() -> "Order expiry sweeper: every %s, batches of %d".formatted(interval, batchSize));
    }

    @Timeout
    void sweep(Timer timer) {
        long started = System.nanoTime();
        int expired = 0;
        try {
            int batch;
            do {
                batch = expireDueOrders.expireDueOrders(batchSize);
                expired += batch;
            } while (batch == batchSize);
        } catch (RuntimeException e) {
            // The failed batch rolled back as a whole; its orders are still due and the next run takes them.
            LOG.log(Level.WARNING, "Order expiry batch failed after " + expired + " expired in this run", e);
        }
        if (expired > 0) {
            int total = expired;
            LOG.info(() -> "Expired %d unpaid order(s) in %d ms".formatted(total, (System.nanoTime() - started) / 1_000_000));
        }
    }
}
