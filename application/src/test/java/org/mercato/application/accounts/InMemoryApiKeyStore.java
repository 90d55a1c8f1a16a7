package org.mercato.application.accounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mercato.application.accounts.port.out.ApiKeyStore;
import org.mercato.domain.accounts.ApiKey;

/** The API key store as a map, with the unique-prefix rule of the real table. */
final class InMemoryApiKeyStore implements ApiKeyStore {

    final Map<UUID, ApiKey> keys = new LinkedHashMap<>();
    final List<String> prefixesAsked = new ArrayList<>();
    int usesRecorded;

    @Override
    public boolean prefixInUse(String prefix) {
        prefixesAsked.add(prefix);
        return keys.values().stream().anyMatch(k -> k.prefix().equals(prefix));
    }

    @Override
    public void add(ApiKey key) {
        if (keys.values().stream().anyMatch(k -> k.prefix().equals(key.prefix()))) {
            throw new IllegalStateException("unique constraint on key_prefix");
        }
        keys.put(key.id(), key);
    }

    @Override
    public Optional<ApiKey> findByPrefix(String prefix) {
        return keys.values().stream().filter(k -> k.prefix().equals(prefix)).findFirst();
    }

    @Override
    public Optional<ApiKey> findById(UUID id) {
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public List<ApiKey> listNewestFirst() {
        return keys.values().stream().sorted(Comparator.comparing(ApiKey::createdAt).reversed()).toList();
    }

    @Override
    public void recordUse(UUID id, Instant at) {
        usesRecorded++;
        keys.computeIfPresent(id, (i, k) -> new ApiKey(k.id(), k.name(), k.prefix(), k.hash(), k.scopes(), k.createdBy(),
                k.createdAt(), Optional.of(at), k.revocation()));
    }

    @Override
    public boolean saveRevocation(UUID id, ApiKey.Revocation revocation) {
        ApiKey k = keys.get(id);
        if (k == null || k.isRevoked()) {
            return false;
        }
        keys.put(id, new ApiKey(k.id(), k.name(), k.prefix(), k.hash(), k.scopes(), k.createdBy(), k.createdAt(),
                k.lastUsedAt(), Optional.of(revocation)));
        return true;
    }
}
