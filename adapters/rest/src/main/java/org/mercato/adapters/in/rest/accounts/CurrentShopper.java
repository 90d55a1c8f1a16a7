package org.mercato.adapters.in.rest.accounts;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.mercato.domain.shared.Ids;

/** The shopper a verified bearer token speaks for: its subject is the account id. */
public final class CurrentShopper {

    private CurrentShopper() {
    }

    public static UUID id(SecurityContext security) {
        if (security.getUserPrincipal() instanceof JsonWebToken token) {
            return Ids.parse(token.getSubject()).orElseThrow(() -> new NotAuthorizedException("Bearer realm=\"mercato\""));
        }
        throw new NotAuthorizedException("Bearer realm=\"mercato\"");
    }
}
