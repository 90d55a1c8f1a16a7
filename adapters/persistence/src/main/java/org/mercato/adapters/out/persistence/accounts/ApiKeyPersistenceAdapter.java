package org.mercato.adapters.out.persistence.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mercato.adapters.out.persistence.SqlStates;
import org.mercato.application.accounts.port.out.ApiKeyStore;
import org.mercato.application.common.ConflictException;
import org.mercato.domain.accounts.ApiKey;
import org.mercato.domain.accounts.ApiKeyHash;
import org.mercato.domain.accounts.ApiKeyScope;

@ApplicationScoped
public class ApiKeyPersistenceAdapter implements ApiKeyStore {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    public boolean prefixInUse(String prefix) {
        return !em.createQuery("select k.id from ApiKeyEntity k where k.prefix = :prefix")
                .setParameter("prefix", prefix)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(ApiKey key) {
        ApiKeyEntity entity = new ApiKeyEntity();
        entity.id = key.id();
        entity.name = key.name();
        entity.prefix = key.prefix();
        entity.hash = key.hash().hex();
        entity.scopes = key.scopes().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        entity.createdBy = key.createdBy();
        entity.createdAt = key.createdAt();
        try {
            em.persist(entity);
            em.flush();
        } catch (PersistenceException e) {
            // Another key took the same prefix between the check and this insert.
            if (SqlStates.isUniqueViolation(e)) {
                throw new ConflictException("api-key-prefix-taken", "a key with this prefix was issued just now; try again");
            }
            throw e;
        }
    }

    @Override
    public Optional<ApiKey> findByPrefix(String prefix) {
        return em.createQuery("select k from ApiKeyEntity k where k.prefix = :prefix", ApiKeyEntity.class)
                .setParameter("prefix", prefix)
                .getResultStream()
                .findFirst()
                .map(ApiKeyPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<ApiKey> findById(UUID id) {
        return Optional.ofNullable(em.find(ApiKeyEntity.class, id)).map(ApiKeyPersistenceAdapter::toDomain);
    }

    @Override
    public List<ApiKey> listNewestFirst() {
        return em.createQuery("select k from ApiKeyEntity k order by k.createdAt desc, k.prefix", ApiKeyEntity.class)
                .getResultStream()
                .map(ApiKeyPersistenceAdapter::toDomain)
                .toList();
    }

    @Override
    public void recordUse(UUID id, Instant at) {
        em.createQuery("update ApiKeyEntity k set k.lastUsedAt = :at where k.id = :id")
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public boolean saveRevocation(UUID id, ApiKey.Revocation revocation) {
        return em.createQuery("update ApiKeyEntity k set k.revokedBy = :by, k.revokedAt = :at "
                        + "where k.id = :id and k.revokedAt is null")
                .setParameter("by", revocation.by())
                .setParameter("at", revocation.at())
                .setParameter("id", id)
                .executeUpdate() == 1;
    }

    private static ApiKey toDomain(ApiKeyEntity k) {
        EnumSet<ApiKeyScope> scopes = EnumSet.noneOf(ApiKeyScope.class);
        Arrays.stream(k.scopes.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .forEach(s -> scopes.add(ApiKeyScope.valueOf(s)));
        Optional<ApiKey.Revocation> revocation = k.revokedAt == null
                ? Optional.empty()
                : Optional.of(new ApiKey.Revocation(k.revokedBy, k.revokedAt));
        return new ApiKey(k.id, k.name, k.prefix, new ApiKeyHash(k.hash.trim()), scopes, k.createdBy, k.createdAt,
                Optional.ofNullable(k.lastUsedAt), revocation);
    }
}
