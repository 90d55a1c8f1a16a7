package org.mercato.adapters.in.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not the JSON the endpoint expects (syntax error, wrong types): 400, nothing changed.
 * An HTTP failure raised while the body was read (a chunked body over the size limit) arrives wrapped
 * here and keeps its own status.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(ProcessingException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException http) {
                return problems.httpFailure(http);
            }
        }
        return problems.response(400, "malformed-body", "Malformed request body",
                "The request body is not valid JSON of the expected shape.");
    }
}
