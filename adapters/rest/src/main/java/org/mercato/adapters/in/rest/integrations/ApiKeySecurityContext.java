package org.mercato.adapters.in.rest.integrations;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.mercato.application.accounts.port.in.ApiKeyIdentity;

/** The security context of a request made with a valid API key: the key's name, its scopes as roles. */
final class ApiKeySecurityContext implements SecurityContext {

    private final ApiKeyIdentity identity;
    private final boolean secure;
    private final Principal principal;

    ApiKeySecurityContext(ApiKeyIdentity identity, boolean secure) {
        this.identity = identity;
        this.secure = secure;
        this.principal = identity::name;
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        return identity.scopes().stream().anyMatch(scope -> scope.name().equals(role));
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return ApiKeyAuthenticationFilter.SCHEME;
    }
}
