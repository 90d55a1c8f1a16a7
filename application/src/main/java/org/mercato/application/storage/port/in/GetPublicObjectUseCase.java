package org.mercato.application.storage.port.in;

import java.util.Optional;

/**
 * A public object (product image) by the path its public URL ends with, such as
 * {@code products/<id>/<image>.jpg}. Empty for a path that is not a valid key, and for no object: a
 * caller can never reach a private object through it. A failing store is {@code ServiceUnavailableException}.
 */
public interface GetPublicObjectUseCase {

    Optional<PublicObject> getPublicObject(String path);
}
