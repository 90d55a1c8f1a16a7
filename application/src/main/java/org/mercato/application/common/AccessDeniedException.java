package org.mercato.application.common;

/**
 * The caller is known but may not do this (HTTP 403). Use cases that change who may do what check
 * their actor themselves instead of trusting that every in-adapter guarded the door.
 */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
