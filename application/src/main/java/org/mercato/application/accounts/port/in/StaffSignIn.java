package org.mercato.application.accounts.port.in;

import java.time.Instant;

/** The outcome of a staff sign-in attempt. */
public sealed interface StaffSignIn {

    record SignedIn(AuthenticatedStaff staff) implements StaffSignIn {
    }

    /** Unknown user, wrong password or disabled account: deliberately not told apart. */
    record Refused() implements StaffSignIn {
    }

    /** Too many failed attempts; sign-in is possible again after {@code until}. */
    record Locked(Instant until) implements StaffSignIn {
    }
}
