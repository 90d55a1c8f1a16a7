package org.mercato.adapters.out.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one place that reads the wall clock: use cases take a {@link Clock}, tests give them a fixed one. */
@ApplicationScoped
public class SystemClockProducer {

    @Produces
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
