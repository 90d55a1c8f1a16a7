package org.mercato.adapters.in.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything not mapped more precisely is our fault, not the client's: 500 without internals, and the
 * full story in the log under the request id.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Inject
    Problems problems;

    @Override
    public Response toResponse(Exception exception) {
        LOG.log(Level.SEVERE, "Unexpected failure, request " + problems.requestId(), exception);
        return problems.response(500, "internal-error", "Internal Server Error",
                "Something went wrong on our side. Quote the request id when you report it.");
    }
}
