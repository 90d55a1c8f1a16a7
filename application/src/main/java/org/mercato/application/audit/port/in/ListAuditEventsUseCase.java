package org.mercato.application.audit.port.in;

/** Reads the audit trail for administrators: sign-ins, lockouts, role changes, API keys. */
@FunctionalInterface
public interface ListAuditEventsUseCase {

    AuditEventPage list(AuditEventQuery query);
}
