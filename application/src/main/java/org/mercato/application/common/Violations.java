package org.mercato.application.common;

import java.util.ArrayList;
import java.util.List;

/** Collects field violations while a command checks itself, then throws them together. */
public final class Violations {

    private final List<InvalidInputException.FieldViolation> found = new ArrayList<>();

    public Violations check(boolean ok, String field, String message) {
        if (!ok) {
            found.add(new InvalidInputException.FieldViolation(field, message));
        }
        return this;
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
