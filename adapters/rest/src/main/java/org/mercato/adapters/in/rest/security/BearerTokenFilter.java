package org.mercato.adapters.in.rest.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.mercato.adapters.in.rest.problem.Problems;

/**
 * Authenticates API requests by their bearer token (ADR 0010). A request without a token stays
 * anonymous, which only resources without {@code @RolesAllowed} accept; a token that does not verify
 * is refused outright. Either refusal is 401 with a {@code WWW-Authenticate: Bearer} challenge; a
 * verified token lacking the role is refused later by RESTEasy with 403.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    BearerTokenVerifier verifier;
    @Inject
    Problems problems;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() != null) {
            // Already authenticated before matching, by an integrator's API key.
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            if (requiresRole()) {
                refuse(request, "Bearer realm=\"mercato\"", "This resource needs a bearer token: POST /api/v1/auth/token.");
            }
            return;
        }
        Optional<JsonWebToken> token = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? verifier.verify(authorization.substring(BEARER.length()).trim(), authorization.substring(BEARER.length()).trim())
                : Optional.empty();
        if (token.isEmpty()) {
            refuse(request, "Bearer realm=\"mercato\", error=\"invalid_token\"",
                    "The bearer token is malformed, forged, expired or not meant for this API.");
            return;
        }
        request.setSecurityContext(new TokenSecurityContext(token.get(), request.getSecurityContext().isSecure()));
    }

    private boolean requiresRole() {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return false;
        }
        return method.isAnnotationPresent(RolesAllowed.class)
                || resource.getResourceClass().isAnnotationPresent(RolesAllowed.class);
    }

    private void refuse(ContainerRequestContext request, String challenge, String detail) {
        request.abortWith(jakarta.ws.rs.core.Response.fromResponse(
                        problems.response(401, "unauthorized", "Unauthorized", detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build());
    }

    private record TokenSecurityContext(JsonWebToken token, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return token;
        }

        @Override
        public boolean isUserInRole(String role) {
            return token.getGroups().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
