package org.mercato.application.accounts.port.in;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.mercato.application.common.Violations;
import org.mercato.domain.accounts.StaffRole;

/** An administrator sets the roles of a member of staff; {@code roles} is the whole new set. */
public record ChangeStaffRolesCommand(StaffActor actor, UUID staffUserId, Set<StaffRole> roles) {

    public ChangeStaffRolesCommand {
        Objects.requireNonNull(actor, "actor");
        new Violations()
                .check(staffUserId != null, "staffUserId", "name the member of staff")
                .check(roles != null && !roles.isEmpty(), "roles", "choose at least one role")
                .throwIfAny();
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }
}
