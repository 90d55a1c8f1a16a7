package org.mercato.adapters.out.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.application.accounts.port.out.AccessTokenIssuer;

/**
 * Signs MicroProfile JWT access tokens with RS256: issuer and audience as the verifier expects them
 * ({@code mercato.jwt.issuer}, {@code mercato.jwt.audience}), subject = account id, {@code upn} = e-mail,
 * {@code groups} = roles, lifetime {@code mercato.jwt.ttl} (default one hour).
 */
@ApplicationScoped
public class JwtAccessTokenIssuer implements AccessTokenIssuer {

    private String issuer;
    private String audience;
    private Duration ttl;
    private Clock clock;

    protected JwtAccessTokenIssuer() {
        // for CDI client proxies
    }

    @Inject
    public JwtAccessTokenIssuer(
            @ConfigProperty(name = "mercato.jwt.issuer", defaultValue = "mercato") String issuer,
            @ConfigProperty(name = "mercato.jwt.audience", defaultValue = "mercato-api") String audience,
            @ConfigProperty(name = "mercato.jwt.ttl", defaultValue = "PT1H") Duration ttl,
            Clock clock) {
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("mercato.jwt.ttl must be between 1 second and 1 day, was " + ttl);
        }
        this.issuer = issuer;
        this.audience = audience;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public AccessToken issue(UUID subject, String email, Set<String> groups) {
        return sign(SigningKeys.current(), subject, email, groups);
    }

    AccessToken sign(SigningKeys keys, UUID subject, String email, Set<String> groups) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(subject.toString())
                .claim("upn", email)
                .claim("groups", List.copyOf(groups))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(keys.signingKey().getKeyID())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(keys.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return new AccessToken(jwt.serialize(), ttl);
    }
}
