package org.mercato.application.common;

/** Something a command names does not exist (HTTP 404 or 422, as the adapter sees fit). */
public class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
