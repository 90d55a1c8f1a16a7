package org.mercato.application.setup.port.in;

/**
 * Brings a store up at deployment: migrates the schema to the current version, then, on an empty
 * database and when demo data is enabled, loads the demo marketplace, and builds the search index when
 * demo data was loaded, the index is empty or a rebuild is configured. Safe to run on every start and
 * on several nodes at once.
 */
public interface InitializeStoreUseCase {

    StoreInitialization initialize();

    /**
     * {@code demoDataLoading}: the demo data is being loaded after the deployment (the full scale);
     * {@code inBackground}: the index rebuild goes on after the deployment too.
     */
    record StoreInitialization(int migrationsApplied, boolean demoDataLoaded, boolean demoDataLoading, String demoScale,
            boolean searchIndexRebuilt, boolean inBackground) {
    }
}
