package org.mercato.adapters.in.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON the endpoint expects (syntax error, wrong types): 400, nothing changed. */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(ProcessingException exception) {
        return problems.response(400, "malformed-body", "Malformed request body",
                "The request body is not valid JSON of the expected shape.");
    }
}
