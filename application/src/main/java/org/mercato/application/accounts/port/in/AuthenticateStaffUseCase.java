package org.mercato.application.accounts.port.in;

import java.util.Optional;

/** Checks a staff member's portal credentials; empty for an unknown user, a wrong password or a disabled account. */
public interface AuthenticateStaffUseCase {

    Optional<AuthenticatedStaff> authenticate(String username, String password);
}
