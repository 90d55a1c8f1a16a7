package org.mercato.adapters.in.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns the HTTP failures JAX-RS raises itself (unknown path, wrong method or media type, oversized
 * body) and those resources raise into problem details, keeping status and headers such as {@code Allow}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(WebApplicationException exception) {
        return problems.httpFailure(exception);
    }
}
