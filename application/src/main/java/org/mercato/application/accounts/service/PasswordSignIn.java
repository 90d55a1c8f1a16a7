package org.mercato.application.accounts.service;

import java.time.Instant;
import java.util.Optional;
import org.mercato.application.accounts.port.out.PasswordHasher;
import org.mercato.domain.accounts.SignInLockout;

/**
 * The password check shared by shopper and staff sign-in: lockout first, then the hash, then the new
 * failed-sign-in state. An unknown account costs one hash check too, so response times do not reveal
 * which accounts exist.
 */
final class PasswordSignIn {

    private final PasswordHasher hasher;
    private final SignInLockout lockout;
    private volatile String decoyHash;

    PasswordSignIn(PasswordHasher hasher, SignInLockout lockout) {
        this.hasher = hasher;
        this.lockout = lockout;
    }

    sealed interface Verdict {
    }

    /** Signed in; {@code clearFailures} when earlier failures must be forgotten. */
    record Accepted(boolean clearFailures) implements Verdict {
    }

    /** Refused; {@code newState} is the account's state to store (empty for an unknown account). */
    record Refused(String reason, Optional<SignInLockout.State> newState, boolean lockedNow) implements Verdict {
    }

    record Locked(Instant until) implements Verdict {
    }

    /**
     * @param account the stored password hash, whether the account may sign in, and its sign-in state;
     *                empty for an unknown account
     * @param unknownReason what the audit trail says about an unknown account ("unknown user", ...)
     */
    Verdict attempt(Optional<Account> account, String password, Instant now, String unknownReason) {
        boolean matches = hasher.matches(password, account.map(Account::passwordHash).orElseGet(this::decoyHash));
        if (account.isEmpty()) {
            return new Refused(unknownReason, Optional.empty(), false);
        }
        SignInLockout.State state = account.get().state();
        if (state.isLockedAt(now)) {
            return new Locked(state.lockedUntil().orElseThrow());
        }
        if (matches && account.get().active()) {
            return new Accepted(!state.equals(SignInLockout.State.CLEAR));
        }
        SignInLockout.State next = lockout.afterFailure(state, now);
        return new Refused(matches ? "account disabled" : "wrong password", Optional.of(next), next.isLockedAt(now));
    }

    SignInLockout.State cleared() {
        return lockout.afterSuccess();
    }

    record Account(String passwordHash, boolean active, SignInLockout.State state) {
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy-password-that-never-matches");
        }
        return decoyHash;
    }
}
