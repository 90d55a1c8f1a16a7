package org.mercato.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mercato.domain.accounts.StaffRole;

class StaffStandingFilterTest {

    /** A request whose session was opened with {@code sessionRoles}. */
    private static HttpServletRequest signedInWith(Set<StaffRole> sessionRoles) {
        return (HttpServletRequest) Proxy.newProxyInstance(StaffStandingFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> method.getName().equals("isUserInRole")
                        ? sessionRoles.stream().anyMatch(r -> r.name().equals(args[0]))
                        : null);
    }

    @Test
    void a_session_with_the_roles_the_account_holds_now_goes_on() {
        assertThat(StaffStandingFilter.holdsCurrentRoles(signedInWith(EnumSet.of(StaffRole.COURIER)),
                Optional.of(Set.of(StaffRole.COURIER)))).isTrue();
        assertThat(StaffStandingFilter.holdsCurrentRoles(signedInWith(EnumSet.allOf(StaffRole.class)),
                Optional.of(EnumSet.allOf(StaffRole.class)))).isTrue();
    }

    @Test
    void a_session_of_a_deactivated_account_or_with_other_roles_ends() {
        HttpServletRequest courier = signedInWith(EnumSet.of(StaffRole.COURIER));
        assertThat(StaffStandingFilter.holdsCurrentRoles(courier, Optional.empty())).isFalse();
        assertThat(StaffStandingFilter.holdsCurrentRoles(courier, Optional.of(Set.of(StaffRole.WAREHOUSE)))).isFalse();
        assertThat(StaffStandingFilter.holdsCurrentRoles(courier,
                Optional.of(Set.of(StaffRole.COURIER, StaffRole.DELIVERY_MANAGER)))).isFalse();
        assertThat(StaffStandingFilter.holdsCurrentRoles(signedInWith(EnumSet.of(StaffRole.COURIER, StaffRole.ADMIN)),
                Optional.of(Set.of(StaffRole.COURIER)))).isFalse();
    }
}
