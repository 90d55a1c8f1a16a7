package org.mercato.adapters.out.security;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands MicroProfile JWT the public keys that verify Mercato's access tokens
 * ({@code mp.jwt.verify.publickey}, a JSON Web Key Set), so that verification always matches the key
 * {@link JwtAccessTokenIssuer} signs with, including a key generated at first start. Its ordinal is low:
 * an operator's environment variable or system property still wins.
 */
public class JwtVerificationConfigSource implements ConfigSource {

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PUBLIC_KEY, getValue(PUBLIC_KEY));
    }

    @Override
    public String getValue(String propertyName) {
        return PUBLIC_KEY.equals(propertyName) ? SigningKeys.current().verificationKeysJson() : null;
    }

    @Override
    public String getName() {
        return "mercato-jwt-keys";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
