package org.mercato.application.common;

import java.util.List;

/**
 * Input that is well-formed but breaks a rule (HTTP 422). Carries every violated field at once so a
 * client can fix all of them in one go.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    public record FieldViolation(String field, String message) {
    }
}
