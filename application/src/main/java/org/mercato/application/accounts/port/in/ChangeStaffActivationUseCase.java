package org.mercato.application.accounts.port.in;

/**
 * Activates or deactivates a staff account (administrators only), audited. An administrator cannot
 * deactivate themselves.
 */
public interface ChangeStaffActivationUseCase {

    StaffMember changeActivation(ChangeStaffActivationCommand command);
}
