package org.mercato.application.accounts.service;

import org.mercato.application.accounts.port.in.StaffActor;
import org.mercato.application.accounts.port.in.StaffMember;
import org.mercato.application.accounts.port.out.StaffDirectory;
import org.mercato.application.common.AccessDeniedException;

/**
 * The check every administrative use case makes of its actor: an active account holding ADMIN now,
 * in the database, not merely in a session that was opened before the role was taken away.
 */
final class Administrators {

    private final StaffDirectory staff;

    Administrators(StaffDirectory staff) {
        this.staff = staff;
    }

    StaffMember require(StaffActor actor) {
        return staff.findByUsername(actor.username())
                .filter(StaffMember::active)
                .filter(StaffMember::isAdministrator)
                .orElseThrow(() -> new AccessDeniedException("only an active administrator may do this"));
    }
}
