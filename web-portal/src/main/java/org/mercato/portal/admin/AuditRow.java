package org.mercato.portal.admin;

import java.io.Serializable;
import org.mercato.domain.audit.AuditEvent;

/** An audit event as the audit page shows it. */
public final class AuditRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String at;
    private final String actor;
    private final String action;
    private final String target;
    private final String sourceAddress;
    private final boolean success;
    private final String detail;

    AuditRow(AuditEvent event) {
        this.at = AdminRequests.time(event.at());
        this.actor = event.actor();
        this.action = event.action().name();
        this.target = event.target();
        this.sourceAddress = event.sourceAddress();
        this.success = event.success();
        this.detail = event.detail();
    }

    public String getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public boolean isSuccess() {
        return success;
    }

    public String getOutcome() {
        return success ? "success" : "failure";
    }

    public String getDetail() {
        return detail;
    }
}
