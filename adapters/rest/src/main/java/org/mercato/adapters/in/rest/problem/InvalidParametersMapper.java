package org.mercato.adapters.in.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Malformed or out-of-range query parameters: 400 with every offending parameter. */
@Provider
public class InvalidParametersMapper implements ExceptionMapper<InvalidParametersException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(InvalidParametersException exception) {
        return problems.response(400, "bad-request", "Bad Request",
                "Some query parameters are malformed or out of range; see errors.", exception.errors());
    }
}
