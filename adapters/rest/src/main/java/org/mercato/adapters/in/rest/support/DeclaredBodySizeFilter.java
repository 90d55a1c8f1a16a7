package org.mercato.adapters.in.rest.support;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Refuses a body whose declared {@code Content-Length} is over the limit with 413, before reading a byte of it. */
@Provider
@PreMatching
public class DeclaredBodySizeFilter implements ContainerRequestFilter {

    @Inject
    RequestBodyLimit limit;

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && !length.isEmpty() && length.chars().allMatch(Character::isDigit)
                && (length.length() > 18 || limit.exceededBy(Long.parseLong(length)))) {
            throw limit.tooLarge();
        }
    }
}
