package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.mercato.application.ordering.port.in.CountUnpublishedEventsUseCase;
import org.mercato.application.ordering.port.out.OutboxRelayPort;

@ApplicationScoped
@Transactional
public class CountUnpublishedEventsService implements CountUnpublishedEventsUseCase {

    private OutboxRelayPort outbox;

    protected CountUnpublishedEventsService() {
        // for CDI client proxies
    }

    @Inject
    public CountUnpublishedEventsService(OutboxRelayPort outbox) {
        this.outbox = outbox;
    }

    @Override
    public long unpublishedEvents() {
        return outbox.countUnpublished();
    }
}
