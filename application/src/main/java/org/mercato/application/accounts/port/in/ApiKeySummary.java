package org.mercato.application.accounts.port.in;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mercato.domain.accounts.ApiKey;
import org.mercato.domain.accounts.ApiKeyScope;

/** An API key as administrators see it: everything but the secret, which Mercato does not have. */
public record ApiKeySummary(
        UUID id,
        String name,
        String prefix,
        Set<ApiKeyScope> scopes,
        String createdBy,
        Instant createdAt,
        Optional<Instant> lastUsedAt,
        Optional<String> revokedBy,
        Optional<Instant> revokedAt) {

    public static ApiKeySummary of(ApiKey key) {
        return new ApiKeySummary(key.id(), key.name(), key.prefix(), key.scopes(), key.createdBy(), key.createdAt(),
                key.lastUsedAt(), key.revocation().map(ApiKey.Revocation::by), key.revocation().map(ApiKey.Revocation::at));
    }

    public boolean revoked() {
        return revokedAt.isPresent();
    }
}
