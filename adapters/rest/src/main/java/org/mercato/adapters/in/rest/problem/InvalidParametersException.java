package org.mercato.adapters.in.rest.problem;

import java.util.List;

/**
 * Query parameters that are malformed or out of range (API.md: 400), each named in {@code errors}.
 * Mapped by {@link InvalidParametersMapper}; not a WebApplicationException, so parsing stays testable
 * without a JAX-RS runtime.
 */
public class InvalidParametersException extends RuntimeException {

    private final transient List<ProblemDetail.FieldError> errors;

    public InvalidParametersException(List<ProblemDetail.FieldError> errors) {
        super(errors.stream().map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b)
                .orElse("malformed parameters"));
        this.errors = List.copyOf(errors);
    }

    public List<ProblemDetail.FieldError> errors() {
        return errors;
    }
}
