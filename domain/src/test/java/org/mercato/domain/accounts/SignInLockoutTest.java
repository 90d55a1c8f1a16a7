package org.mercato.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInLockoutTest {

    private final SignInLockout lockout = new SignInLockout(3, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void the_third_failure_in_a_row_locks_the_account_for_the_lock_duration() {
        SignInLockout.State state = SignInLockout.State.CLEAR;
        state = lockout.afterFailure(state, now);
        state = lockout.afterFailure(state, now);
        assertThat(state.isLockedAt(now)).isFalse();
        state = lockout.afterFailure(state, now);
        assertThat(state.isLockedAt(now)).isTrue();
        assertThat(state.isLockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(state.isLockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void a_success_clears_the_count_and_an_expired_lock_starts_counting_afresh() {
        SignInLockout.State twoFailures = lockout.afterFailure(lockout.afterFailure(SignInLockout.State.CLEAR, now), now);
        assertThat(lockout.afterSuccess()).isEqualTo(SignInLockout.State.CLEAR);
        SignInLockout.State locked = lockout.afterFailure(twoFailures, now);
        SignInLockout.State afterLock = lockout.afterFailure(locked, now.plus(Duration.ofHours(1)));
        assertThat(afterLock.failures()).isEqualTo(1);
        assertThat(afterLock.isLockedAt(now.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void a_policy_must_lock_after_at_least_one_failure_for_some_time() {
        assertThatThrownBy(() -> new SignInLockout(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInLockout(3, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
