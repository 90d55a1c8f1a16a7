package org.mercato.domain.accounts;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mercato.domain.inventory.WarehouseId;

/**
 * A member of staff who signs in to the portals. Only a password hash is ever held. A warehouse
 * clerk may be scoped to one warehouse; {@code warehouseScope} empty means all warehouses. {@code signIn}
 * counts failed sign-ins for the lockout.
 */
public record StaffUser(
        UUID id,
        String username,
        String displayName,
        String passwordHash,
        Set<StaffRole> roles,
        Optional<WarehouseId> warehouseScope,
        boolean active,
        SignInLockout.State signIn) {

    public StaffUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(warehouseScope, "warehouseScope");
        if (username == null || !username.matches("[a-z0-9._-]{3,64}")) {
            throw new IllegalArgumentException("staff username must be 3-64 of a-z, 0-9, '.', '_', '-'");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a staff user needs at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        signIn = signIn == null ? SignInLockout.State.CLEAR : signIn;
    }

    /** A staff user with no failed sign-ins behind them. */
    public StaffUser(UUID id, String username, String displayName, String passwordHash, Set<StaffRole> roles,
            Optional<WarehouseId> warehouseScope, boolean active) {
        this(id, username, displayName, passwordHash, roles, warehouseScope, active, SignInLockout.State.CLEAR);
    }

    public boolean canSignIn() {
        return active;
    }
}
