package org.mercato.application.accounts.port.in;

/**
 * Checks a staff member's portal credentials. Every attempt is audited with the client's address;
 * repeated failures lock the account for a while (mercato.login.max-failures, mercato.login.lock-duration).
 */
public interface AuthenticateStaffUseCase {

    StaffSignIn authenticate(String username, String password, String sourceAddress);
}
