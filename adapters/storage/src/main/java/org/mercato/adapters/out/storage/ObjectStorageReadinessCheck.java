package org.mercato.adapters.out.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.mercato.application.storage.port.out.ObjectStorageException;

/**
 * Ready while images and invoices can be stored: the bucket answers, or the directory takes a file.
 * In a lib jar because checks in EAR subdeployments are not registered (ADR 0002).
 */
@Readiness
@ApplicationScoped
public class ObjectStorageReadinessCheck implements HealthCheck {

    private ObjectStorageBackend storage;

    protected ObjectStorageReadinessCheck() {
        // for CDI client proxies
    }

    @Inject
    public ObjectStorageReadinessCheck(ObjectStorageBackend storage) {
        this.storage = storage;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("storage");
        storage.description().forEach(response::withData);
        try {
            storage.checkReady();
            return response.up().build();
        } catch (ObjectStorageException e) {
            return response.down().withData("error", e.getMessage()).build();
        } catch (RuntimeException e) {
            // A health check answers DOWN; it never fails the health endpoint.
            return response.down().withData("error", e.toString()).build();
        }
    }
}
