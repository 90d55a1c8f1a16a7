package org.mercato.domain.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit trail. {@code actor} is who acted (a staff username or a shopper's e-mail as
 * typed, for a failed sign-in perhaps an unknown one), {@code target} what was acted on, and
 * {@code sourceAddress} the client's IP address as the server saw it.
 */
public record AuditEvent(
        Instant at, String actor, AuditAction action, String target, String sourceAddress, boolean success, String detail) {

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an audit event names its actor");
        }
        actor = truncate(actor, 254);
        target = truncate(target, 254);
        sourceAddress = truncate(sourceAddress, 64);
        detail = truncate(detail, 400);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
