package org.mercato.adapters.in.rest.security;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A verified bearer token as the MicroProfile JWT API presents it. */
final class VerifiedToken implements JsonWebToken {

    private final String raw;
    private final JWTClaimsSet claims;

    VerifiedToken(String raw, JWTClaimsSet claims) {
        this.raw = raw;
        this.claims = claims;
    }

    @Override
    public String getName() {
        Object upn = claims.getClaim(Claims.upn.name());
        return upn != null ? upn.toString() : claims.getSubject();
    }

    @Override
    public Set<String> getClaimNames() {
        Set<String> names = new HashSet<>(claims.getClaims().keySet());
        names.add(Claims.raw_token.name());
        return names;
    }

    @Override
    public Set<String> getGroups() {
        Object groups = claims.getClaim(Claims.groups.name());
        Set<String> result = new HashSet<>();
        if (groups instanceof List<?> list) {
            list.forEach(g -> result.add(String.valueOf(g)));
        }
        return result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        if (Claims.raw_token.name().equals(claimName)) {
            return (T) raw;
        }
        Object value = claims.getClaim(claimName);
        // MicroProfile JWT reports the numeric date claims in seconds since the epoch.
        if (value instanceof java.util.Date date) {
            return (T) Long.valueOf(date.toInstant().getEpochSecond());
        }
        return (T) value;
    }
}
