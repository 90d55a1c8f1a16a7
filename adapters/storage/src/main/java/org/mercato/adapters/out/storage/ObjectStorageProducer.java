package org.mercato.adapters.out.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.mercato.application.storage.port.out.ObjectStorage;

/**
 * The one {@link ObjectStorage} bean, chosen by {@code mercato.storage.type}: {@code local} (default) or
 * {@code s3}. The two stores are plain classes, not beans, so there is never a second candidate.
 */
@ApplicationScoped
public class ObjectStorageProducer {

    private static final Logger LOG = Logger.getLogger(ObjectStorageProducer.class.getName());

    private StorageSettings settings;

    protected ObjectStorageProducer() {
        // for CDI client proxies
    }

    @Inject
    public ObjectStorageProducer(Config config) {
        this.settings = StorageSettings.from(name -> config.getOptionalValue(name, String.class));
    }

    @Produces
    @ApplicationScoped
    ObjectStorageBackend objectStorage() {
        return open(settings);
    }

    static ObjectStorageBackend open(StorageSettings settings) {
        return switch (settings.type()) {
            case LOCAL -> new LocalDirectoryObjectStorage(settings.localDirectory());
            case S3 -> new S3ObjectStorage(settings.s3().orElseThrow());
        };
    }

    void close(@Disposes ObjectStorageBackend storage) {
        storage.close();
    }

    /**
     * Opens the store while the application deploys, so that bad settings stop the deployment instead of
     * failing the first upload, and says which store is in use. Reachability is readiness's business.
     */
    void openAtStartup(@Observes Startup startup, ObjectStorage storage) {
        LOG.info(() -> "Object storage: " + storage);
    }
}
