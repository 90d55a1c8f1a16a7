package org.mercato.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountsRulesTest {

    @Test
    void email_uniqueness_ignores_case() {
        assertThat(new EmailAddress("Anna.Schmidt@Example.org").normalized())
                .isEqualTo(new EmailAddress("anna.schmidt@example.org").normalized());
    }

    @Test
    void malformed_email_addresses_are_refused() {
        assertThat(EmailAddress.isValid("anna@example")).isFalse();
        assertThat(EmailAddress.isValid("anna example.org")).isFalse();
        assertThat(EmailAddress.isValid("a@b@example.org")).isFalse();
        assertThat(EmailAddress.isValid("anna@example.org")).isTrue();
    }

    @Test
    void passwords_need_ten_characters() {
        assertThat(PasswordPolicy.check("123456789")).isPresent();
        assertThat(PasswordPolicy.check("          ")).isPresent();
        assertThat(PasswordPolicy.check("1234567890")).isEmpty();
        assertThat(PasswordPolicy.check("x".repeat(201))).isPresent();
    }

    @Test
    void staff_need_a_role_and_a_plain_username() {
        assertThatThrownBy(() -> new StaffUser(UUID.randomUUID(), "clerk", "Clerk", "h", Set.of(), Optional.empty(), true))
                .hasMessageContaining("role");
        assertThatThrownBy(() -> new StaffUser(UUID.randomUUID(), "Clerk One", "Clerk", "h",
                Set.of(StaffRole.WAREHOUSE), Optional.empty(), true)).hasMessageContaining("username");
    }
}
