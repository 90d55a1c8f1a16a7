package org.mercato.adapters.out.persistence.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code api_key}: the prefix and the SHA-256 of the secret, never the key. */
@Entity
@Table(name = "api_key")
public class ApiKeyEntity {
    @Id
    UUID id;
    @Column(nullable = false)
    String name;
    @Column(name = "key_prefix", nullable = false)
    String prefix;
    @Column(name = "key_hash", nullable = false)
    String hash;
    /** Scope names separated by commas, in enum order. */
    @Column(nullable = false)
    String scopes;
    @Column(name = "created_by", nullable = false)
    String createdBy;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "last_used_at")
    Instant lastUsedAt;
    @Column(name = "revoked_by")
    String revokedBy;
    @Column(name = "revoked_at")
    Instant revokedAt;
}
