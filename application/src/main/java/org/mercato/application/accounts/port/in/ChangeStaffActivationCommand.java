package org.mercato.application.accounts.port.in;

import java.util.Objects;
import java.util.UUID;
import org.mercato.application.common.Violations;

/** An administrator lets a member of staff sign in again ({@code active}) or stops them. */
public record ChangeStaffActivationCommand(StaffActor actor, UUID staffUserId, boolean active) {

    public ChangeStaffActivationCommand {
        Objects.requireNonNull(actor, "actor");
        new Violations().check(staffUserId != null, "staffUserId", "name the member of staff").throwIfAny();
    }
}
