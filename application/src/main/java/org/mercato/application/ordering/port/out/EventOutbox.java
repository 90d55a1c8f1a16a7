package org.mercato.application.ordering.port.out;

import java.util.List;
import org.mercato.domain.ordering.OrderEvent;

/**
 * The transactional outbox (SPEC decision 7): events are stored in the transaction of the change they
 * report, so a rolled-back change leaves none and a committed one cannot lose its event. A relay
 * publishes them afterwards through {@link OutboxRelayPort}.
 */
public interface EventOutbox {

    void append(List<? extends OrderEvent> events);
}
