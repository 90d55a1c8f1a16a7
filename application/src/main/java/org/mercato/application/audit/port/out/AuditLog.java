package org.mercato.application.audit.port.out;

import org.mercato.domain.audit.AuditEvent;

/** Appends to the audit trail, in the caller's transaction: an event is kept exactly when its change is. */
@FunctionalInterface
public interface AuditLog {

    void record(AuditEvent event);
}
