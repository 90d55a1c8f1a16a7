package org.mercato.domain.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Locks an account for a while after repeated failed sign-ins, so a password cannot be guessed by
 * trying many: after {@code maxFailures} consecutive failures the account is locked for
 * {@code lockDuration}; a successful sign-in clears the count.
 */
public record SignInLockout(int maxFailures, Duration lockDuration) {

    public SignInLockout {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }

    /** The sign-in state of one account: consecutive failures and, when locked, until when. */
    public record State(int failures, Optional<Instant> lockedUntil) {

        public static final State CLEAR = new State(0, Optional.empty());

        public State {
            if (failures < 0) {
                throw new IllegalArgumentException("failures cannot be negative");
            }
        }

        public boolean isLockedAt(Instant now) {
            return lockedUntil.map(now::isBefore).orElse(false);
        }
    }

    /** The state after one more failed attempt at {@code now}; the count restarts once a lock has run out. */
    public State afterFailure(State state, Instant now) {
        int previous = state.lockedUntil().isPresent() && !state.isLockedAt(now) ? 0 : state.failures();
        int failures = previous + 1;
        return failures >= maxFailures
                ? new State(failures, Optional.of(now.plus(lockDuration)))
                : new State(failures, Optional.empty());
    }

    public State afterSuccess() {
        return State.CLEAR;
    }
}
