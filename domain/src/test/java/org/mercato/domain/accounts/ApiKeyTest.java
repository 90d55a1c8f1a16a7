package org.mercato.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final SecureRandom random = new SecureRandom();

    @Test
    void a_generated_key_has_the_documented_format_and_parses_back() {
        PlainApiKey key = PlainApiKey.generate(random);
        String text = key.reveal();
        assertThat(text).matches("mk_[a-z0-9]{8}_[A-Za-z0-9]{40}");
        assertThat(text).startsWith("mk_" + key.prefix() + "_");
        PlainApiKey parsed = PlainApiKey.parse(text).orElseThrow();
        assertThat(parsed.prefix()).isEqualTo(key.prefix());
        assertThat(parsed.reveal()).isEqualTo(text);
    }

    @Test
    void keys_do_not_repeat_and_use_the_whole_alphabet() {
        Set<String> keys = new HashSet<>();
        Set<Character> secretCharacters = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String text = PlainApiKey.generate(random).reveal();
            keys.add(text);
            text.substring(12).chars().forEach(c -> secretCharacters.add((char) c));
        }
        assertThat(keys).hasSize(2_000);
        assertThat(secretCharacters).hasSize(62);
    }

    @Test
    void the_printed_form_of_a_key_never_shows_its_secret() {
        PlainApiKey key = PlainApiKey.generate(random);
        String secret = key.reveal().substring(12);
        assertThat(key.toString()).startsWith("mk_" + key.prefix()).doesNotContain(secret);
    }

    @Test
    void text_that_is_not_a_key_does_not_parse() {
        String good = PlainApiKey.generate(random).reveal();
        assertThat(PlainApiKey.parse(null)).isEmpty();
        assertThat(PlainApiKey.parse("")).isEmpty();
        assertThat(PlainApiKey.parse(good.substring(1))).isEmpty();
        assertThat(PlainApiKey.parse(good + "x")).isEmpty();
        assertThat(PlainApiKey.parse(good.replace("mk_", "mx_"))).isEmpty();
        assertThat(PlainApiKey.parse(good.toUpperCase())).isEmpty();
        assertThat(PlainApiKey.parse(good.substring(0, 51) + "é")).isEmpty();
        assertThat(PlainApiKey.parse(" " + good.substring(1))).isEmpty();
        assertThat(PlainApiKey.parse("mk_" + "a".repeat(8) + "_" + "b".repeat(10_000))).isEmpty();
    }

    @Test
    void the_hash_is_the_sha256_of_the_secret_in_hex() {
        // echo -n "A...A" (40 x 'A') | sha256sum
        PlainApiKey key = PlainApiKey.parse("mk_abcd1234_" + "A".repeat(40)).orElseThrow();
        assertThat(key.hash().hex()).isEqualTo("f0a2fb80ac0699075fb6c7b0ee2bcc204a1d909ee3149571216ec9cc1d4b9f8e");
        assertThat(key.hash().hex()).doesNotContain("AAAA");
    }

    @Test
    void only_the_very_key_matches_its_hash() {
        PlainApiKey key = PlainApiKey.generate(random);
        ApiKeyHash stored = key.hash();
        assertThat(stored.matches(PlainApiKey.parse(key.reveal()).orElseThrow())).isTrue();
        String text = key.reveal();
        char last = text.charAt(text.length() - 1);
        String oneOff = text.substring(0, text.length() - 1) + (last == 'a' ? 'b' : 'a');
        assertThat(stored.matches(PlainApiKey.parse(oneOff).orElseThrow())).isFalse();
        assertThat(stored.matches(PlainApiKey.generate(random))).isFalse();
    }

    @Test
    void an_issued_key_admits_its_holder_until_revoked() {
        PlainApiKey plain = PlainApiKey.generate(random);
        ApiKey key = ApiKey.issue(UUID.randomUUID(), "  Dormio feed ", plain, Set.of(ApiKeyScope.CATALOG_FEED), "admin", NOW);
        assertThat(key.name()).isEqualTo("Dormio feed");
        assertThat(key.prefix()).isEqualTo(plain.prefix());
        assertThat(key.admits(PlainApiKey.parse(plain.reveal()).orElseThrow())).isTrue();
        assertThat(key.admits(PlainApiKey.generate(random))).isFalse();

        ApiKey revoked = key.revokedBy("admin", NOW.plusSeconds(60));
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.revocation().orElseThrow().by()).isEqualTo("admin");
        assertThat(revoked.admits(plain)).isFalse();
        assertThatThrownBy(() -> revoked.revokedBy("admin", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_same_secret_under_another_prefix_is_not_admitted() {
        PlainApiKey plain = PlainApiKey.parse("mk_aaaa1111_" + "S".repeat(40)).orElseThrow();
        PlainApiKey sameSecretOtherPrefix = PlainApiKey.parse("mk_bbbb2222_" + "S".repeat(40)).orElseThrow();
        ApiKey key = ApiKey.issue(UUID.randomUUID(), "feed", plain, Set.of(ApiKeyScope.STOCK_FEED), "admin", NOW);
        assertThat(key.admits(sameSecretOtherPrefix)).isFalse();
    }

    @Test
    void names_are_one_to_120_printable_characters_and_scopes_are_required() {
        assertThat(ApiKey.nameProblem("x")).isEmpty();
        assertThat(ApiKey.nameProblem("x".repeat(120))).isEmpty();
        assertThat(ApiKey.nameProblem("x".repeat(121))).isPresent();
        assertThat(ApiKey.nameProblem("   ")).isPresent();
        assertThat(ApiKey.nameProblem(null)).isPresent();
        assertThat(ApiKey.nameProblem("feed\nX-Injected: 1")).isPresent();
        PlainApiKey plain = PlainApiKey.generate(new SplittableRandom(1));
        assertThatThrownBy(() -> ApiKey.issue(UUID.randomUUID(), "feed", plain, Set.of(), "admin", NOW))
                .hasMessageContaining("scope");
    }
}
