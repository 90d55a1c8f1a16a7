package org.mercato.portal.admin;

import java.io.Serializable;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mercato.application.accounts.port.in.ApiKeySummary;

/** An API key as the administration page lists it. Expression Language 5 reads getters, not record accessors. */
public final class ApiKeyRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String name;
    private final String prefix;
    private final String scopes;
    private final String createdBy;
    private final String createdAt;
    private final String lastUsedAt;
    private final boolean revoked;
    private final String revocation;

    ApiKeyRow(ApiKeySummary key) {
        this.id = key.id();
        this.name = key.name();
        this.prefix = key.prefix();
        this.scopes = key.scopes().stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
        this.createdBy = key.createdBy();
        this.createdAt = AdminRequests.time(key.createdAt());
        this.lastUsedAt = key.lastUsedAt().map(AdminRequests::time).orElse("never");
        this.revoked = key.revoked();
        this.revocation = key.revoked()
                ? "revoked by " + key.revokedBy().orElse("?") + ", " + AdminRequests.time(key.revokedAt().orElseThrow())
                : "active";
    }

    UUID id() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    /** How the key starts, so that an integrator can tell which of their keys this is. */
    public String getMaskedKey() {
        return "mk_" + prefix + "_…";
    }

    public String getScopes() {
        return scopes;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public String getLastUsedAt() {
        return lastUsedAt;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public String getStatus() {
        return revocation;
    }
}
