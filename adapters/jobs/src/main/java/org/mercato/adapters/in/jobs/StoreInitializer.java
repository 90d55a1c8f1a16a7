package org.mercato.adapters.in.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.mercato.application.setup.port.in.InitializeStoreUseCase;

/**
 * Prepares the store while the EAR deploys, before the server takes requests: schema migrations,
 * then demo data on a first start. A failure here fails the deployment, which is what an operator
 * wants: better no Mercato than one on a half-migrated database.
 */
@Singleton
@Startup
// Migrations commit on their own; the use case opens the transactions it needs.
@TransactionManagement(TransactionManagementType.BEAN)
public class StoreInitializer {

    private static final Logger LOG = Logger.getLogger(StoreInitializer.class.getName());

    @Inject
    InitializeStoreUseCase initializeStore;

    @PostConstruct
    void initialize() {
        InitializeStoreUseCase.StoreInitialization result = initializeStore.initialize();
        LOG.info(() -> "Store ready: %d schema migration(s) applied, demo data %s (mercato.demo-data=%s), search index %s"
                .formatted(result.migrationsApplied(),
                        result.demoDataLoaded() ? "loaded" : result.demoDataLoading() ? "loading in the background" : "not loaded",
                        result.demoScale().toLowerCase(java.util.Locale.ROOT),
                        !result.searchIndexRebuilt() ? "kept" : result.inBackground() ? "rebuilding in the background" : "rebuilt"));
    }
}
