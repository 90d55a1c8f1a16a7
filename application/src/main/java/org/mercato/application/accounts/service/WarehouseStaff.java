package org.mercato.application.accounts.service;

import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.application.common.AccessDeniedException;
import org.mercato.domain.accounts.StaffRole;
import org.mercato.domain.accounts.StaffUser;

/**
 * The check every warehouse use case (stock, product editing) makes of its caller: an active account
 * that holds WAREHOUSE or ADMIN now, in the database, whatever the session or page claims.
 */
public final class WarehouseStaff {

    private final LoadStaffUserPort staff;

    public WarehouseStaff(LoadStaffUserPort staff) {
        this.staff = staff;
    }

    public StaffUser require(String username) {
        StaffUser user = staff.findByUsername(username == null ? "" : username)
                .filter(StaffUser::canSignIn)
                .orElseThrow(() -> new AccessDeniedException("unknown or disabled staff user"));
        if (!user.roles().contains(StaffRole.WAREHOUSE) && !user.roles().contains(StaffRole.ADMIN)) {
            throw new AccessDeniedException(username + " does not work in the warehouse");
        }
        return user;
    }
}
