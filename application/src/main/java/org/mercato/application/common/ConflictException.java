package org.mercato.application.common;

/** The request clashes with the current state (HTTP 409); {@code type} names the kind of conflict. */
public class ConflictException extends RuntimeException {

    private final String type;

    public ConflictException(String type, String message) {
        super(message);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
