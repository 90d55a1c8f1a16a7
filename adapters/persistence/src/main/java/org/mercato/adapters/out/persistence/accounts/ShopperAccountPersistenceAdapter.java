package org.mercato.adapters.out.persistence.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.UUID;
import org.mercato.adapters.out.persistence.SqlStates;
import org.mercato.application.accounts.port.out.ShopperAccountPort;
import org.mercato.application.common.ConflictException;
import org.mercato.domain.accounts.EmailAddress;
import org.mercato.domain.accounts.ShopperAccount;
import org.mercato.domain.accounts.SignInLockout;

@ApplicationScoped
public class ShopperAccountPersistenceAdapter implements ShopperAccountPort {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    public boolean isRegistered(EmailAddress email) {
        return !em.createQuery("select a.id from ShopperAccountEntity a where a.emailNormalized = :email")
                .setParameter("email", email.normalized())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(ShopperAccount account) {
        ShopperAccountEntity entity = new ShopperAccountEntity();
        entity.id = account.id();
        entity.email = account.email().value();
        entity.emailNormalized = account.email().normalized();
        entity.passwordHash = account.passwordHash();
        entity.name = account.name();
        entity.phone = account.phone();
        entity.createdAt = account.createdAt();
        try {
            em.persist(entity);
            em.flush();
        } catch (PersistenceException e) {
            // Two registrations of one address can both pass isRegistered; the unique index decides.
            if (SqlStates.isUniqueViolation(e)) {
                throw new ConflictException("email-taken", "an account with this e-mail address already exists");
            }
            throw e;
        }
    }

    @Override
    public Optional<ShopperAccount> findByEmail(EmailAddress email) {
        return em.createQuery("select a from ShopperAccountEntity a where a.emailNormalized = :email", ShopperAccountEntity.class)
                .setParameter("email", email.normalized())
                .getResultStream()
                .findFirst()
                .map(ShopperAccountPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<ShopperAccount> findById(UUID id) {
        return Optional.ofNullable(em.find(ShopperAccountEntity.class, id)).map(ShopperAccountPersistenceAdapter::toDomain);
    }

    @Override
    public void saveSignInState(UUID shopperId, SignInLockout.State state) {
        em.createQuery("update ShopperAccountEntity a set a.failedSignIns = :failures, a.lockedUntil = :until where a.id = :id")
                .setParameter("failures", state.failures())
                .setParameter("until", state.lockedUntil().orElse(null))
                .setParameter("id", shopperId)
                .executeUpdate();
    }

    @Override
    public void updateProfile(UUID shopperId, String name, String phone) {
        ShopperAccountEntity entity = em.find(ShopperAccountEntity.class, shopperId);
        if (entity != null) {
            entity.name = name;
            entity.phone = phone;
        }
    }

    private static ShopperAccount toDomain(ShopperAccountEntity a) {
        return new ShopperAccount(a.id, new EmailAddress(a.email), a.passwordHash, a.name, a.phone, a.createdAt,
                new SignInLockout.State(a.failedSignIns, Optional.ofNullable(a.lockedUntil)));
    }
}
