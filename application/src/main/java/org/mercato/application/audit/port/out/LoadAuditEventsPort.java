package org.mercato.application.audit.port.out;

import org.mercato.application.audit.port.in.AuditEventPage;
import org.mercato.application.audit.port.in.AuditEventQuery;

/** Reads back what {@link AuditLog} wrote: newest first, filtered and paged as the query says. */
@FunctionalInterface
public interface LoadAuditEventsPort {

    AuditEventPage load(AuditEventQuery query);
}
