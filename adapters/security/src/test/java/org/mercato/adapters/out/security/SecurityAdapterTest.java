package org.mercato.adapters.out.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mercato.application.accounts.port.out.AccessTokenIssuer.AccessToken;
import org.mercato.application.common.RateLimit;
import org.mercato.application.common.RateLimitedException;

class SecurityAdapterTest {

    @TempDir
    Path keys;

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void a_signing_key_is_generated_once_kept_private_and_found_again() throws Exception {
        SigningKeys first = SigningKeys.forDirectory(keys);
        Path file = keys.resolve(SigningKeys.SIGNING_KEY_FILE);
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
        String kid = first.signingKey().getKeyID();
        // A second server start reads the same file: same key, same id.
        RSAKey reread = new RSAKey.Builder(SigningKeys.parsePrivateKeyPublicPart(Files.readString(file))).build();
        assertThat(reread.getModulus()).isEqualTo(first.signingKey().getModulus());
        assertThat(JWKSet.parse(first.verificationKeysJson()).getKeyByKeyId(kid)).isNotNull();
        assertThat(first.verificationKeysJson()).doesNotContain("\"d\"");
    }

    @Test
    void retired_public_keys_still_verify_during_a_rotation() throws Exception {
        Path old = keys.resolve("old");
        SigningKeys retiring = SigningKeys.forDirectory(old);
        Path current = keys.resolve("current");
        Files.createDirectories(current);
        Files.writeString(current.resolve("retired-2026-11.pub.pem"), retiring.publicKeyPem());
        SigningKeys rotated = SigningKeys.forDirectory(current);
        JWKSet set = JWKSet.parse(rotated.verificationKeysJson());
        assertThat(set.getKeys()).hasSize(2);
        assertThat(set.getKeyByKeyId(retiring.signingKey().getKeyID())).isNotNull();
        assertThat(rotated.signingKey().getKeyID()).isNotEqualTo(retiring.signingKey().getKeyID());
    }

    @Test
    void an_access_token_is_rs256_signed_with_the_claims_the_verifier_expects() throws Exception {
        SigningKeys signing = SigningKeys.forDirectory(keys);
        JwtAccessTokenIssuer issuer = new JwtAccessTokenIssuer("mercato", "mercato-api", Duration.ofMinutes(30),
                Clock.fixed(now, ZoneOffset.UTC));
        UUID shopper = UUID.randomUUID();
        AccessToken token = issuer.sign(signing, shopper, "anna@example.org", Set.of("SHOPPER"));
        SignedJWT jwt = SignedJWT.parse(token.value());
        assertThat(jwt.verify(new RSASSAVerifier(signing.signingKey().toRSAPublicKey()))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(signing.signingKey().getKeyID());
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(shopper.toString());
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("mercato");
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("mercato-api");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("groups")).containsExactly("SHOPPER");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(now.plus(Duration.ofMinutes(30)));
        assertThat(token.validFor()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void a_token_lifetime_outside_one_second_to_one_day_is_refused() {
        Clock clock = Clock.systemUTC();
        assertThatThrownBy(() -> new JwtAccessTokenIssuer("mercato", "mercato-api", Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JwtAccessTokenIssuer("mercato", "mercato-api", Duration.ofDays(2), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_rate_limit_refuses_the_request_past_its_capacity_per_key_and_says_when_to_retry() {
        Bucket4jRateLimiter limiter = new Bucket4jRateLimiter(new MapConfig(Map.of(
                "mercato.rate-limit.sign-in-per-address.capacity", "2",
                "mercato.rate-limit.sign-in-per-address.period", "PT1M")));
        limiter.acquire(RateLimit.SIGN_IN_PER_ADDRESS, "192.0.2.1");
        limiter.acquire(RateLimit.SIGN_IN_PER_ADDRESS, "192.0.2.1");
        assertThatThrownBy(() -> limiter.acquire(RateLimit.SIGN_IN_PER_ADDRESS, "192.0.2.1"))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.limit()).isEqualTo(RateLimit.SIGN_IN_PER_ADDRESS);
                    assertThat(e.retryAfter()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(60));
                });
        limiter.acquire(RateLimit.SIGN_IN_PER_ADDRESS, "192.0.2.2");
        limiter.acquire(RateLimit.SIGN_IN_PER_ACCOUNT, "192.0.2.1");
    }
}
