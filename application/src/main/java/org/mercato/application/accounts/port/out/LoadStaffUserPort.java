package org.mercato.application.accounts.port.out;

import java.util.Optional;
import java.util.UUID;
import org.mercato.domain.accounts.SignInLockout;
import org.mercato.domain.accounts.StaffUser;

/** Staff users as sign-in needs them: found by username, with their failed-sign-in state kept. */
public interface LoadStaffUserPort {

    Optional<StaffUser> findByUsername(String username);

    void saveSignInState(UUID staffUserId, SignInLockout.State state);
}
