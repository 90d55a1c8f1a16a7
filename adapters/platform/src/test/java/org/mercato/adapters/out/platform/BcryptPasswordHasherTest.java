package org.mercato.adapters.out.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {

    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(10);

    @Test
    void a_hash_is_salted_and_verifies_only_the_right_password() {
        String first = hasher.hash("correct horse battery");
        String second = hasher.hash("correct horse battery");
        assertThat(first).startsWith("$2b$10$").isNotEqualTo(second).doesNotContain("horse");
        assertThat(hasher.matches("correct horse battery", first)).isTrue();
        assertThat(hasher.matches("correct horse batterz", first)).isFalse();
    }

    @Test
    void long_passwords_are_not_truncated_at_72_bytes() {
        String base = "x".repeat(80);
        String hash = hasher.hash(base + "A");
        assertThat(hasher.matches(base + "A", hash)).isTrue();
        assertThat(hasher.matches(base + "B", hash)).isFalse();
    }

    @Test
    void garbage_hashes_never_match_and_weak_costs_are_refused() {
        assertThat(hasher.matches("anything", "plain-text")).isFalse();
        assertThat(hasher.matches(null, "$2b$10$x")).isFalse();
        assertThatThrownBy(() -> new BcryptPasswordHasher(4)).isInstanceOf(IllegalArgumentException.class);
    }
}
