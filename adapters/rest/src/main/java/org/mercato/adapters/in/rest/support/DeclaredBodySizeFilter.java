package org.mercato.adapters.in.rest.support;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a body whose declared {@code Content-Length} is over the limit with 413, before reading a byte
 * of it. It runs once the resource method is matched (still before the body is read), because a method
 * may declare a larger limit of its own ({@link BodyLimit}); bodies of unmatched requests are never read.
 */
@Provider
public class DeclaredBodySizeFilter implements ContainerRequestFilter {

    @Inject
    RequestBodyLimit limit;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && !length.isEmpty() && length.chars().allMatch(Character::isDigit)) {
            long max = limit.maxBytesFor(resource);
            if (length.length() > 18 || Long.parseLong(length) > max) {
                throw limit.tooLarge(max);
            }
        }
    }
}
