package org.mercato.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mercato.application.accounts.service.AuthenticateStaffService;
import org.mercato.domain.accounts.StaffRole;
import org.mercato.domain.accounts.StaffUser;

class AuthenticateStaffServiceTest {

    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final StaffUser courier = new StaffUser(UUID.randomUUID(), "courier", "Carla", "hashed:right password",
            Set.of(StaffRole.COURIER), Optional.empty(), true);
    private final StaffUser retired = new StaffUser(UUID.randomUUID(), "retired", "Rita", "hashed:right password",
            Set.of(StaffRole.WAREHOUSE), Optional.empty(), false);
    private final AuthenticateStaffService service = new AuthenticateStaffService(
            username -> Optional.of(courier).filter(u -> u.username().equals(username))
                    .or(() -> Optional.of(retired).filter(u -> u.username().equals(username))),
            hasher);

    @Test
    void the_right_password_signs_in_with_the_users_roles() {
        assertThat(service.authenticate("Courier", "right password"))
                .hasValueSatisfying(s -> assertThat(s.roles()).containsExactly(StaffRole.COURIER));
    }

    @Test
    void a_wrong_password_or_a_disabled_account_does_not() {
        assertThat(service.authenticate("courier", "wrong password")).isEmpty();
        assertThat(service.authenticate("retired", "right password")).isEmpty();
        assertThat(service.authenticate(null, "right password")).isEmpty();
    }

    @Test
    void an_unknown_user_still_costs_a_password_check() {
        assertThat(service.authenticate("nobody", "right password")).isEmpty();
        assertThat(hasher.checks).isEqualTo(1);
    }
}
