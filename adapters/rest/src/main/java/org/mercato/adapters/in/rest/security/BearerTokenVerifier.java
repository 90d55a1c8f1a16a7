package org.mercato.adapters.in.rest.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies bearer tokens as MicroProfile JWT specifies them, configured by the MicroProfile JWT keys
 * ({@code mp.jwt.verify.publickey} as a JWKS or PEM, {@code mp.jwt.verify.issuer},
 * {@code mp.jwt.verify.audiences}, {@code mp.jwt.verify.clock.skew}): RS256 only, so {@code alg=none}
 * and HMAC tricks fail; signature, issuer, audience, expiry and subject are all required.
 */
@ApplicationScoped
public class BearerTokenVerifier {

    /** Enough for every shopper active within a token's lifetime on a busy node; the map is emptied when full. */
    static final int MAX_REMEMBERED = 20_000;

    private volatile DefaultJWTProcessor<SecurityContext> processor;
    private volatile int skewSeconds;
    /**
     * Tokens verified before, by their exact text. Checking an RS256 signature and parsing the claims was
     * a twentieth of a small request's CPU; the outcome cannot change for the same text except by time, so
     * a remembered token only has its expiry checked again.
     */
    private final Map<String, JWTClaimsSet> verified = new ConcurrentHashMap<>();

    /** The verified token, or empty when it is malformed, forged, expired or not for us. */
    public Optional<JsonWebToken> verify(String token, String rawToken) {
        JWTClaimsSet remembered = verified.get(token);
        if (remembered != null) {
            if (stillValid(remembered)) {
                return Optional.of(new VerifiedToken(rawToken, remembered));
            }
            verified.remove(token);
        }
        try {
            JWTClaimsSet claims = processor().process(token, null);
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(token, claims);
            return Optional.of(new VerifiedToken(rawToken, claims));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            return Optional.empty();
        }
    }

    /** The time claims as the claims verifier checks them: exp required, nbf optional, both with the clock skew. */
    private boolean stillValid(JWTClaimsSet claims) {
        long now = System.currentTimeMillis();
        long skew = skewSeconds * 1000L;
        Date expires = claims.getExpirationTime();
        Date notBefore = claims.getNotBeforeTime();
        return expires != null && now < expires.getTime() + skew && (notBefore == null || now >= notBefore.getTime() - skew);
    }

    private DefaultJWTProcessor<SecurityContext> processor() {
        DefaultJWTProcessor<SecurityContext> current = processor;
        if (current == null) {
            synchronized (this) {
                if (processor == null) {
                    Config config = ConfigProvider.getConfig();
                    skewSeconds = skew(config);
                    processor = build(config);
                }
                current = processor;
            }
        }
        return current;
    }

    static DefaultJWTProcessor<SecurityContext> build(Config config) {
        String keys = config.getValue("mp.jwt.verify.publickey", String.class).trim();
        String issuer = config.getValue("mp.jwt.verify.issuer", String.class);
        Set<String> audiences = new HashSet<>(List.of(config.getValue("mp.jwt.verify.audiences", String.class).split(",")));
        int skewSeconds = skew(config);
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(parseKeys(keys))));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audiences,
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat"), Set.of());
        claims.setMaxClockSkew(skewSeconds);
        processor.setJWTClaimsSetVerifier(claims);
        return processor;
    }

    private static int skew(Config config) {
        return config.getOptionalValue("mp.jwt.verify.clock.skew", Integer.class).orElse(60);
    }

    private static JWKSet parseKeys(String keys) {
        try {
            return keys.startsWith("{") ? JWKSet.parse(keys) : new JWKSet(RSAKey.parseFromPEMEncodedObjects(keys));
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("mp.jwt.verify.publickey is neither a JWKS nor an RSA public key PEM", e);
        }
    }
}
