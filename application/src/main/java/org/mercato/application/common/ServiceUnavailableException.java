package org.mercato.application.common;

/**
 * A system Mercato depends on (the object store, ...) failed, not the caller's input (HTTP 503). The
 * same request may well succeed later; the cause goes to the log, the message to the caller.
 */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
