package org.mercato.adapters.out.persistence.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while this node's search index is being rebuilt in the background (the full demo scale) or after
 * a rebuild failed: search still answers meanwhile, but only with the products indexed so far (ADR 0015).
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadinessCheck implements HealthCheck {

    @Inject
    SearchIndexState state;

    @Override
    public HealthCheckResponse call() {
        SearchIndexState.Status status = state.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("search-index")
                .status(status == SearchIndexState.Status.COMPLETE)
                .withData("state", status.name().toLowerCase(java.util.Locale.ROOT));
        if (status == SearchIndexState.Status.REBUILDING) {
            response.withData("indexedProducts", state.indexed()).withData("totalProducts", state.total());
        }
        return response.build();
    }
}
