package org.mercato.adapters.out.persistence.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mercato.application.accounts.port.in.StaffMember;
import org.mercato.application.accounts.port.out.StaffDirectory;
import org.mercato.domain.accounts.StaffRole;

/**
 * Staff accounts for the administration pages. Kept apart from {@link StaffUserPersistenceAdapter},
 * which serves sign-in: this side never reads password hashes and never touches sign-in counters.
 */
@ApplicationScoped
public class StaffAdministrationPersistenceAdapter implements StaffDirectory {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    public List<StaffMember> listAll() {
        List<StaffUserEntity> users = em.createQuery("select u from StaffUserEntity u order by u.username",
                StaffUserEntity.class).getResultList();
        Map<UUID, StaffMember.Warehouse> warehouses = users.stream().anyMatch(u -> u.warehouseId != null)
                ? warehouses() : Map.of();
        return users.stream().map(u -> toMember(u, warehouses)).toList();
    }

    @Override
    public Optional<StaffMember> findById(UUID id) {
        return Optional.ofNullable(em.find(StaffUserEntity.class, id)).map(this::toMember);
    }

    @Override
    public Optional<StaffMember> findByUsername(String username) {
        return em.createQuery("select u from StaffUserEntity u where u.username = :username", StaffUserEntity.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(this::toMember);
    }

    @Override
    public void saveRoles(UUID id, Set<StaffRole> roles) {
        StaffUserEntity user = Objects.requireNonNull(em.find(StaffUserEntity.class, id), "staff user " + id);
        user.roles.retainAll(roles);
        user.roles.addAll(roles);
    }

    @Override
    public void saveActive(UUID id, boolean active) {
        Objects.requireNonNull(em.find(StaffUserEntity.class, id), "staff user " + id).active = active;
    }

    private StaffMember toMember(StaffUserEntity user) {
        return toMember(user, user.warehouseId == null ? Map.of() : warehouses());
    }

    private static StaffMember toMember(StaffUserEntity u, Map<UUID, StaffMember.Warehouse> warehouses) {
        return new StaffMember(u.id, u.username, u.displayName, Set.copyOf(u.roles),
                Optional.ofNullable(u.warehouseId).map(warehouses::get), u.active);
    }

    // The warehouse table has no entity of its own yet; a handful of rows, read as plain columns. The id
    // is cast to text because H2 and PostgreSQL hand a native uuid column back as different Java types.
    private Map<UUID, StaffMember.Warehouse> warehouses() {
        Map<UUID, StaffMember.Warehouse> byId = new HashMap<>();
        for (Object row : em.createNativeQuery("select cast(id as varchar(36)), code, name from warehouse").getResultList()) {
            Object[] columns = (Object[]) row;
            byId.put(UUID.fromString(columns[0].toString()),
                    new StaffMember.Warehouse(columns[1].toString(), columns[2].toString()));
        }
        return byId;
    }
}
