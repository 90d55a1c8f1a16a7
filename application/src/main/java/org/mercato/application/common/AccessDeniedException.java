package org.mercato.application.common;

/** The caller is known but may not do this (HTTP 403), e.g. a clerk acting in another warehouse. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
