package org.mercato.adapters.in.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.mercato.application.common.AccessDeniedException;

/** A use case refused its caller: 403. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(AccessDeniedException exception) {
        return problems.response(403, "forbidden", "Forbidden", exception.getMessage());
    }
}
