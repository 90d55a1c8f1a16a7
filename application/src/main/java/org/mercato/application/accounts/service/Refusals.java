package org.mercato.application.accounts.service;

import java.util.List;
import org.mercato.application.common.InvalidInputException;

/** Shorthand for the one-field refusals of the administrative use cases. */
final class Refusals {

    private Refusals() {
    }

    static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new InvalidInputException.FieldViolation(field, message)));
    }
}
