package org.mercato.adapters.out.persistence.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.domain.accounts.SignInLockout;
import org.mercato.domain.accounts.StaffUser;
import org.mercato.domain.inventory.WarehouseId;

@ApplicationScoped
public class StaffUserPersistenceAdapter implements LoadStaffUserPort {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    public Optional<StaffUser> findByUsername(String username) {
        return em.createQuery("select u from StaffUserEntity u where u.username = :username", StaffUserEntity.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(u -> new StaffUser(u.id, u.username, u.displayName, u.passwordHash, u.roles,
                        Optional.ofNullable(u.warehouseId).map(WarehouseId::new), u.active,
                        new SignInLockout.State(u.failedSignIns, Optional.ofNullable(u.lockedUntil))));
    }

    @Override
    public void saveSignInState(UUID staffUserId, SignInLockout.State state) {
        em.createQuery("update StaffUserEntity u set u.failedSignIns = :failures, u.lockedUntil = :until where u.id = :id")
                .setParameter("failures", state.failures())
                .setParameter("until", state.lockedUntil().orElse(null))
                .setParameter("id", staffUserId)
                .executeUpdate();
    }
}
