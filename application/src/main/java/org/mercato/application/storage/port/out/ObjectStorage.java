package org.mercato.application.storage.port.out;

import java.util.Optional;

/**
 * Binary objects (product images, invoice PDFs) kept outside the database, on a local directory or an
 * S3-compatible store. Writes are atomic: a reader sees the old object or the new one, never a part.
 * Failures of the store itself (unreachable, missing bucket, full disk) are {@link ObjectStorageException}.
 */
public interface ObjectStorage {

    /**
     * Stores exactly {@code content.length()} bytes from the content's stream under the key, replacing
     * what was there. A stream that ends sooner is an error and stores nothing. The stream is not closed.
     */
    void put(ObjectKey key, ObjectContent content);

    /** The object, or empty if there is none under the key. The caller closes what it gets. */
    Optional<ObjectContent> get(ObjectKey key);

    /** Removes the object; removing one that does not exist is not an error. */
    void delete(ObjectKey key);
}
