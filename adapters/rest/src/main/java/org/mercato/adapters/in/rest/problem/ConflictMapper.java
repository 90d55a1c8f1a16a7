package org.mercato.adapters.in.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.mercato.application.common.ConflictException;

/** The request clashes with the current state: 409, with the conflict's own type. */
@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(ConflictException exception) {
        return problems.response(409, exception.type(), "Conflict", exception.getMessage());
    }
}
