package org.mercato.domain.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An integrator's API key as Mercato keeps it: the prefix that finds it and the hash that proves it,
 * never the key itself. A revoked key admits nobody, and is kept so that the audit trail and the list
 * of keys still name it.
 */
public record ApiKey(
        UUID id,
        String name,
        String prefix,
        ApiKeyHash hash,
        Set<ApiKeyScope> scopes,
        String createdBy,
        Instant createdAt,
        Optional<Instant> lastUsedAt,
        Optional<Revocation> revocation) {

    public static final int NAME_MAX_LENGTH = 120;

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(revocation, "revocation");
        if (nameProblem(name).isPresent()) {
            throw new IllegalArgumentException("API key name " + nameProblem(name).get());
        }
        if (prefix == null || prefix.length() != PlainApiKey.PREFIX_LENGTH) {
            throw new IllegalArgumentException("an API key prefix has " + PlainApiKey.PREFIX_LENGTH + " characters");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new IllegalArgumentException("an API key needs at least one scope");
        }
        if (createdBy == null || createdBy.isBlank()) {
            throw new IllegalArgumentException("an API key names who created it");
        }
        scopes = Set.copyOf(EnumSet.copyOf(scopes));
    }

    /** A new, never used key issued by {@code createdBy}; the caller shows {@code key} once and drops it. */
    public static ApiKey issue(UUID id, String name, PlainApiKey key, Set<ApiKeyScope> scopes, String createdBy,
            Instant createdAt) {
        return new ApiKey(id, name.strip(), key.prefix(), key.hash(), scopes, createdBy, createdAt,
                Optional.empty(), Optional.empty());
    }

    /** Why {@code name} cannot name a key, or empty when it can: 1 to 120 characters, no control characters. */
    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("must not be blank");
        }
        if (name.strip().length() > NAME_MAX_LENGTH) {
            return Optional.of("must be at most " + NAME_MAX_LENGTH + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("must not contain control characters");
        }
        return Optional.empty();
    }

    public boolean isRevoked() {
        return revocation.isPresent();
    }

    /** Whether {@code presented} opens this key: same prefix, matching secret, not revoked. */
    public boolean admits(PlainApiKey presented) {
        // The hash is compared even for a revoked key, so the answer takes the same time either way.
        boolean matches = prefix.equals(presented.prefix()) & hash.matches(presented);
        return matches && !isRevoked();
    }

    public ApiKey revokedBy(String administrator, Instant at) {
        if (isRevoked()) {
            throw new IllegalStateException("API key " + prefix + " is already revoked");
        }
        return new ApiKey(id, name, prefix, hash, scopes, createdBy, createdAt, lastUsedAt,
                Optional.of(new Revocation(administrator, at)));
    }

    /** Who revoked a key and when. */
    public record Revocation(String by, Instant at) {
        public Revocation {
            Objects.requireNonNull(at, "at");
            if (by == null || by.isBlank()) {
                throw new IllegalArgumentException("a revocation names who revoked the key");
            }
        }
    }
}
