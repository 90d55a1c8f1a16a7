package org.mercato.application.accounts.port.in;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mercato.domain.accounts.StaffRole;

/** A member of staff as administrators manage them; no password hash, no sign-in counters. */
public record StaffMember(
        UUID id, String username, String displayName, Set<StaffRole> roles, Optional<Warehouse> warehouseScope,
        boolean active) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean isAdministrator() {
        return roles.contains(StaffRole.ADMIN);
    }

    /** The one warehouse a clerk is limited to. */
    public record Warehouse(String code, String name) {
    }
}
