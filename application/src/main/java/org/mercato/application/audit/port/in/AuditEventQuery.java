package org.mercato.application.audit.port.in;

import java.util.Objects;
import java.util.Optional;
import org.mercato.application.common.Violations;
import org.mercato.domain.audit.AuditAction;

/**
 * One page of the audit trail, newest first, optionally only one kind of action and one actor
 * (matched whole, ignoring case). Pages count from 0 and hold 1 to 100 events.
 */
public record AuditEventQuery(Optional<AuditAction> action, Optional<String> actor, int page, int size) {

    public static final int MAX_SIZE = 100;

    public AuditEventQuery {
        Objects.requireNonNull(action, "action");
        actor = Objects.requireNonNull(actor, "actor").map(String::strip).filter(a -> !a.isEmpty());
        new Violations()
                .check(page >= 0, "page", "must be 0 or more")
                .check(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE)
                .check(actor.map(a -> a.length() <= 254).orElse(true), "actor", "must be at most 254 characters")
                .throwIfAny();
    }
}
