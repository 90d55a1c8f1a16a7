package org.mercato.application.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.mercato.application.audit.port.in.AuditEventPage;
import org.mercato.application.audit.port.in.AuditEventQuery;
import org.mercato.application.audit.port.in.ListAuditEventsUseCase;
import org.mercato.application.audit.port.out.LoadAuditEventsPort;

@ApplicationScoped
@Transactional
public class ListAuditEventsService implements ListAuditEventsUseCase {

    private LoadAuditEventsPort events;

    protected ListAuditEventsService() {
        // for CDI client proxies
    }

    @Inject
    public ListAuditEventsService(LoadAuditEventsPort events) {
        this.events = events;
    }

    @Override
    public AuditEventPage list(AuditEventQuery query) {
        return events.load(query);
    }
}
