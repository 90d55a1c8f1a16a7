package org.mercato.application.accounts.port.in;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mercato.domain.accounts.StaffRole;
import org.mercato.domain.inventory.WarehouseId;

public record AuthenticatedStaff(
        UUID id, String username, String displayName, Set<StaffRole> roles, Optional<WarehouseId> warehouseScope) {
}
