package org.mercato.application.storage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.mercato.application.common.ServiceUnavailableException;
import org.mercato.application.storage.port.in.GetPublicObjectUseCase;
import org.mercato.application.storage.port.in.PublicObject;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.application.storage.port.out.ObjectStorage;
import org.mercato.application.storage.port.out.ObjectStorageException;

/** Not transactional: it reads the object store only, and streaming a large object must not hold a transaction. */
@ApplicationScoped
public class GetPublicObjectService implements GetPublicObjectUseCase {

    private ObjectStorage storage;

    protected GetPublicObjectService() {
        // for CDI client proxies
    }

    @Inject
    public GetPublicObjectService(ObjectStorage storage) {
        this.storage = storage;
    }

    @Override
    public Optional<PublicObject> getPublicObject(String path) {
        // Always below public/: whatever the path says, the key it makes cannot name a private object.
        if (path == null || !ObjectKey.isValid(ObjectKey.PUBLIC_PREFIX + path)) {
            return Optional.empty();
        }
        try {
            return storage.get(ObjectKey.publicMedia(path))
                    .map(content -> new PublicObject(content.contentType(), content.length(), content.stream()));
        } catch (ObjectStorageException e) {
            throw new ServiceUnavailableException("the media store is not available; try again later", e);
        }
    }
}
