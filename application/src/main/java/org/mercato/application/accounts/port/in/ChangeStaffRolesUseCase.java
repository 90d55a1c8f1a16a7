package org.mercato.application.accounts.port.in;

/**
 * Changes a member of staff's roles (administrators only) and records the change in the audit trail.
 * An administrator cannot take the ADMIN role from themselves, so Mercato is never left without one.
 */
public interface ChangeStaffRolesUseCase {

    StaffMember changeRoles(ChangeStaffRolesCommand command);
}
