package org.mercato.adapters.in.rest.integrations;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import org.mercato.adapters.in.rest.problem.Problems;
import org.mercato.application.accounts.port.in.ApiKeyIdentity;
import org.mercato.application.accounts.port.in.AuthenticateApiKeyUseCase;

/**
 * Guards everything under {@code /integrations}: without a live key in {@code X-Api-Key} the answer is
 * 401 before any resource is matched, so an unknown integrations path does not even reveal whether it
 * exists. A valid key becomes the request's {@link jakarta.ws.rs.core.SecurityContext}: the key's name
 * is the principal and its scopes are the roles that resources check with {@code @RolesAllowed} or
 * {@code isUserInRole}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyAuthenticationFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-Api-Key";
    static final String SCHEME = "ApiKey";
    static final String GUARDED_SEGMENT = "integrations";

    @Inject
    AuthenticateApiKeyUseCase authenticateApiKey;
    @Inject
    Problems problems;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isGuarded(request.getUriInfo().getPathSegments(true))) {
            return;
        }
        List<String> presented = request.getHeaders().getOrDefault(HEADER, List.of());
        if (presented.isEmpty() || presented.get(0).isBlank()) {
            refuse(request, "This address needs an integrator API key in the " + HEADER + " header.");
            return;
        }
        // One key per request: two headers could make a proxy and Mercato disagree on which one counted.
        Optional<ApiKeyIdentity> identity = presented.size() == 1
                ? authenticateApiKey.authenticate(presented.get(0).strip())
                : Optional.empty();
        if (identity.isEmpty()) {
            refuse(request, "The API key is not valid or has been revoked.");
            return;
        }
        request.setSecurityContext(new ApiKeySecurityContext(identity.get(), request.getSecurityContext().isSecure()));
    }

    /**
     * Whether the first path segment below {@code /v1} is {@code integrations}, however it was spelled on
     * the wire: percent-encoded, with matrix parameters, after empty segments, or followed by an encoded slash.
     */
    static boolean isGuarded(List<PathSegment> decodedSegments) {
        return decodedSegments.stream()
                .map(PathSegment::getPath)
                .filter(segment -> !segment.isEmpty())
                .findFirst()
                .map(first -> first.equals(GUARDED_SEGMENT) || first.startsWith(GUARDED_SEGMENT + "/"))
                .orElse(false);
    }

    private void refuse(ContainerRequestContext request, String detail) {
        request.abortWith(jakarta.ws.rs.core.Response.fromResponse(
                        problems.response(401, "unauthorized", "Unauthorized", detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, SCHEME)
                .build());
    }
}
