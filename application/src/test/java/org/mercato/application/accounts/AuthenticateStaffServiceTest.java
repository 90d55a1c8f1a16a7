package org.mercato.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mercato.application.accounts.port.in.StaffSignIn;
import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.application.accounts.service.AuthenticateStaffService;
import org.mercato.domain.accounts.SignInLockout;
import org.mercato.domain.accounts.StaffRole;
import org.mercato.domain.accounts.StaffUser;
import org.mercato.domain.audit.AuditAction;
import org.mercato.domain.audit.AuditEvent;

class AuthenticateStaffServiceTest {

    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final Map<String, StaffUser> users = new HashMap<>();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final LoadStaffUserPort store = new LoadStaffUserPort() {
        @Override
        public Optional<StaffUser> findByUsername(String username) {
            return Optional.ofNullable(users.get(username));
        }

        @Override
        public void saveSignInState(UUID id, SignInLockout.State state) {
            users.replaceAll((name, u) -> u.id().equals(id)
                    ? new StaffUser(u.id(), u.username(), u.displayName(), u.passwordHash(), u.roles(), u.warehouseScope(), u.active(), state)
                    : u);
        }
    };
    private final AuthenticateStaffService service = new AuthenticateStaffService(store, hasher, audit::add,
            new SignInLockout(3, Duration.ofMinutes(15)), Clock.fixed(now, ZoneOffset.UTC));

    AuthenticateStaffServiceTest() {
        users.put("courier", new StaffUser(UUID.randomUUID(), "courier", "Carla", "hashed:right password",
                Set.of(StaffRole.COURIER), Optional.empty(), true));
        users.put("retired", new StaffUser(UUID.randomUUID(), "retired", "Rita", "hashed:right password",
                Set.of(StaffRole.WAREHOUSE), Optional.empty(), false));
    }

    @Test
    void the_right_password_signs_in_with_the_users_roles_and_is_audited() {
        StaffSignIn result = service.authenticate("Courier", "right password", "192.0.2.7");
        assertThat(result).isInstanceOfSatisfying(StaffSignIn.SignedIn.class,
                s -> assertThat(s.staff().roles()).containsExactly(StaffRole.COURIER));
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.STAFF_SIGN_IN);
            assertThat(e.success()).isTrue();
            assertThat(e.sourceAddress()).isEqualTo("192.0.2.7");
        });
    }

    @Test
    void a_wrong_password_or_a_disabled_account_is_refused_and_audited_as_a_failure() {
        assertThat(service.authenticate("courier", "wrong password", "192.0.2.7")).isInstanceOf(StaffSignIn.Refused.class);
        assertThat(service.authenticate("retired", "right password", "192.0.2.7")).isInstanceOf(StaffSignIn.Refused.class);
        assertThat(service.authenticate(null, "right password", "192.0.2.7")).isInstanceOf(StaffSignIn.Refused.class);
        assertThat(audit).hasSize(2).allSatisfy(e -> assertThat(e.success()).isFalse());
    }

    @Test
    void an_unknown_user_still_costs_a_password_check() {
        assertThat(service.authenticate("nobody", "right password", null)).isInstanceOf(StaffSignIn.Refused.class);
        assertThat(hasher.checks).isEqualTo(1);
    }

    @Test
    void three_wrong_passwords_lock_the_account_even_against_the_right_one() {
        service.authenticate("courier", "guess 1", "198.51.100.1");
        service.authenticate("courier", "guess 2", "198.51.100.1");
        assertThat(service.authenticate("courier", "guess 3", "198.51.100.1"))
                .isEqualTo(new StaffSignIn.Locked(now.plus(Duration.ofMinutes(15))));
        assertThat(service.authenticate("courier", "right password", "198.51.100.1")).isInstanceOf(StaffSignIn.Locked.class);
        assertThat(audit).extracting(AuditEvent::action).contains(AuditAction.ACCOUNT_LOCKED);
    }

    @Test
    void a_successful_sign_in_clears_earlier_failures() {
        service.authenticate("courier", "guess 1", null);
        service.authenticate("courier", "guess 2", null);
        service.authenticate("courier", "right password", null);
        service.authenticate("courier", "guess 3", null);
        assertThat(users.get("courier").signIn().failures()).isEqualTo(1);
    }
}
