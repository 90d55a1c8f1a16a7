package org.mercato.adapters.in.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.mercato.application.common.RateLimitedException;

/** Too many requests: 429 with {@code Retry-After} in seconds. */
@Provider
public class RateLimitedMapper implements ExceptionMapper<RateLimitedException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(RateLimitedException exception) {
        long seconds = exception.retryAfter().toSeconds();
        return Response.fromResponse(problems.response(429, "too-many-requests", "Too Many Requests",
                        "Too many requests of this kind; try again in " + seconds + " s."))
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }
}
