package org.mercato.application.accounts;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mercato.application.accounts.port.in.StaffMember;
import org.mercato.application.accounts.port.out.StaffDirectory;
import org.mercato.domain.accounts.StaffRole;

/** Staff accounts in a map: the demo shop's admin, courier and a second administrator. */
final class InMemoryStaffDirectory implements StaffDirectory {

    final Map<UUID, StaffMember> members = new LinkedHashMap<>();
    final StaffMember admin = add("admin", EnumSet.allOf(StaffRole.class), true);
    final StaffMember secondAdmin = add("root", EnumSet.of(StaffRole.ADMIN), true);
    final StaffMember courier = add("courier", EnumSet.of(StaffRole.COURIER), true);
    final StaffMember formerAdmin = add("retired", EnumSet.of(StaffRole.ADMIN), false);

    StaffMember add(String username, Set<StaffRole> roles, boolean active) {
        StaffMember member = new StaffMember(UUID.randomUUID(), username, username.toUpperCase(), roles, Optional.empty(),
                active);
        members.put(member.id(), member);
        return member;
    }

    StaffMember current(StaffMember member) {
        return members.get(member.id());
    }

    @Override
    public List<StaffMember> listAll() {
        return members.values().stream().sorted(Comparator.comparing(StaffMember::username)).toList();
    }

    @Override
    public Optional<StaffMember> findById(UUID id) {
        return Optional.ofNullable(members.get(id));
    }

    @Override
    public Optional<StaffMember> findByUsername(String username) {
        return members.values().stream().filter(m -> m.username().equals(username)).findFirst();
    }

    @Override
    public void saveRoles(UUID id, Set<StaffRole> roles) {
        members.computeIfPresent(id, (i, m) -> new StaffMember(m.id(), m.username(), m.displayName(), roles,
                m.warehouseScope(), m.active()));
    }

    @Override
    public void saveActive(UUID id, boolean active) {
        members.computeIfPresent(id, (i, m) -> new StaffMember(m.id(), m.username(), m.displayName(), m.roles(),
                m.warehouseScope(), active));
    }
}
