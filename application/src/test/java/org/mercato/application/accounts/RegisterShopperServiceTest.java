package org.mercato.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mercato.application.accounts.port.in.RegisterShopperCommand;
import org.mercato.application.accounts.port.in.ShopperProfile;
import org.mercato.application.accounts.port.out.ShopperAccountPort;
import org.mercato.application.accounts.service.RegisterShopperService;
import org.mercato.application.common.ConflictException;
import org.mercato.application.common.InvalidInputException;
import org.mercato.domain.accounts.EmailAddress;
import org.mercato.domain.accounts.ShopperAccount;

class RegisterShopperServiceTest {

    private final List<ShopperAccount> saved = new ArrayList<>();
    private final ShopperAccountPort accounts = new ShopperAccountPort() {
        @Override
        public boolean isRegistered(EmailAddress email) {
            return saved.stream().anyMatch(a -> a.email().normalized().equals(email.normalized()));
        }

        @Override
        public void add(ShopperAccount account) {
            saved.add(account);
        }

        @Override
        public java.util.Optional<ShopperAccount> findByEmail(EmailAddress email) {
            return saved.stream().filter(a -> a.email().normalized().equals(email.normalized())).findFirst();
        }

        @Override
        public java.util.Optional<ShopperAccount> findById(java.util.UUID id) {
            return saved.stream().filter(a -> a.id().equals(id)).findFirst();
        }

        @Override
        public void saveSignInState(java.util.UUID shopperId, org.mercato.domain.accounts.SignInLockout.State state) {
            throw new AssertionError("registration never touches sign-in state");
        }

        @Override
        public void updateProfile(java.util.UUID shopperId, String name, String phone) {
            throw new AssertionError("registration never updates a profile");
        }
    };
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final RegisterShopperService service =
            new RegisterShopperService(accounts, new FakePasswordHasher(), Clock.fixed(now, ZoneOffset.UTC), (limit, key) -> { });

    @Test
    void registers_a_shopper_and_keeps_only_the_hash() {
        ShopperProfile profile = service.register(new RegisterShopperCommand(" anna@example.org ", "correct horse battery", "Anna", null, "192.0.2.1"));
        assertThat(profile.email()).isEqualTo("anna@example.org");
        assertThat(profile.createdAt()).isEqualTo(now);
        assertThat(saved).singleElement().satisfies(a -> assertThat(a.passwordHash()).isEqualTo("hashed:correct horse battery"));
    }

    @Test
    void the_same_address_in_other_letters_is_taken() {
        service.register(new RegisterShopperCommand("anna@example.org", "correct horse battery", "Anna", null, "192.0.2.1"));
        assertThatThrownBy(() -> service.register(new RegisterShopperCommand("ANNA@Example.org", "another password", "Anna", null, "192.0.2.1")))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).type()).isEqualTo("email-taken"));
        assertThat(saved).hasSize(1);
    }

    @Test
    void a_command_reports_every_broken_rule_at_once_and_never_prints_the_password() {
        assertThatThrownBy(() -> new RegisterShopperCommand("not-an-email", "short", " ", "call me", null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(InvalidInputException.FieldViolation::field)
                        .containsExactly("email", "password", "name", "phone"));
        assertThat(new RegisterShopperCommand("anna@example.org", "correct horse battery", "Anna", null, "192.0.2.1").toString())
                .doesNotContain("horse");
    }
}
