package org.mercato.adapters.in.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.mercato.application.common.NotFoundException;

/** A use case found nothing of the caller's under that id: 404, as for an unknown address. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(NotFoundException exception) {
        return problems.response(404, "not-found", "Not Found", exception.getMessage());
    }
}
