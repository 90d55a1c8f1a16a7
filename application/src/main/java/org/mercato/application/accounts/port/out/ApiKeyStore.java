package org.mercato.application.accounts.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mercato.domain.accounts.ApiKey;

/** Where API keys are kept: hashes and prefixes, never keys. */
public interface ApiKeyStore {

    boolean prefixInUse(String prefix);

    void add(ApiKey key);

    Optional<ApiKey> findByPrefix(String prefix);

    Optional<ApiKey> findById(UUID id);

    /** All keys, newest first. */
    List<ApiKey> listNewestFirst();

    void recordUse(UUID id, Instant at);

    /** Stores the revocation of a key that was live; false when it had been revoked meanwhile. */
    boolean saveRevocation(UUID id, ApiKey.Revocation revocation);
}
