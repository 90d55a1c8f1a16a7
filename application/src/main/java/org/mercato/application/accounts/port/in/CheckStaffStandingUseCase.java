package org.mercato.application.accounts.port.in;

import java.util.Optional;
import java.util.Set;
import org.mercato.domain.accounts.StaffRole;

/**
 * The roles a signed-in member of staff holds right now: empty when the account is deactivated or
 * gone. The portal compares them with what the session was opened with, so that a deactivation or a
 * role change takes effect on the next request rather than when the session times out.
 */
@FunctionalInterface
public interface CheckStaffStandingUseCase {

    Optional<Set<StaffRole>> currentRoles(String username);
}
