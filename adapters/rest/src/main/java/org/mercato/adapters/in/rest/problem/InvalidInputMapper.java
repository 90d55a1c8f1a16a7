package org.mercato.adapters.in.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.mercato.application.common.InvalidInputException;

/** Well-formed input that breaks a rule: 422 with every offending field. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(InvalidInputException exception) {
        return problems.response(422, "invalid-input", "Invalid input", "Some fields break the rules; see errors.",
                exception.violations().stream()
                        .map(v -> new ProblemDetail.FieldError(v.field(), v.message()))
                        .toList());
    }
}
