package org.mercato.application.audit.port.in;

import java.util.List;
import org.mercato.domain.audit.AuditEvent;

/** A page of audit events and how many match the query in all. */
public record AuditEventPage(List<AuditEvent> items, int page, int size, long total) {

    public AuditEventPage {
        items = List.copyOf(items);
    }
}
