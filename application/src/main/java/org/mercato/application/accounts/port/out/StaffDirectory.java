package org.mercato.application.accounts.port.out;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mercato.application.accounts.port.in.StaffMember;
import org.mercato.domain.accounts.StaffRole;

/** The staff accounts as administrators manage them (sign-in itself goes through {@link LoadStaffUserPort}). */
public interface StaffDirectory {

    /** All staff, by username. */
    List<StaffMember> listAll();

    Optional<StaffMember> findById(UUID id);

    Optional<StaffMember> findByUsername(String username);

    void saveRoles(UUID id, Set<StaffRole> roles);

    void saveActive(UUID id, boolean active);
}
