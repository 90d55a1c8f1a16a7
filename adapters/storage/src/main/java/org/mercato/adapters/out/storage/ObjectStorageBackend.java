package org.mercato.adapters.out.storage;

import java.util.Map;
import org.mercato.application.storage.port.out.ObjectStorage;
import org.mercato.application.storage.port.out.ObjectStorageException;

/** An object store as this adapter runs it: the port, plus what health checks and shutdown need. */
public interface ObjectStorageBackend extends ObjectStorage, AutoCloseable {

    /** Returns if the store can take writes now; throws {@link ObjectStorageException} saying why not. */
    void checkReady();

    /** What this store is, for health data and the log; never a secret. */
    Map<String, String> description();

    @Override
    void close();
}
