package org.mercato.application.storage.port.out;

/** The object store failed (not the caller's input): unreachable, refused access, missing bucket, full disk. */
public class ObjectStorageException extends RuntimeException {

    public ObjectStorageException(String message) {
        super(message);
    }

    public ObjectStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
