package org.mercato.application.setup.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.application.accounts.port.out.PasswordHasher;
import org.mercato.application.catalog.port.out.SearchIndexPort;
import org.mercato.application.catalog.port.out.SoldOutSkuCache;
import org.mercato.application.common.ConflictException;
import org.mercato.application.imports.port.out.BackgroundJobs;
import org.mercato.application.setup.port.in.InitializeStoreUseCase;
import org.mercato.application.setup.port.out.DemoDataPort;
import org.mercato.application.setup.port.out.SchemaMigrationPort;

@ApplicationScoped
public class InitializeStoreService implements InitializeStoreUseCase {

    private static final Logger LOG = Logger.getLogger(InitializeStoreService.class.getName());
    /** Unset: the small demo shop on the embedded database, nothing on a production database. */
    static final String DEFAULT_SCALE = "default";

    private SchemaMigrationPort schema;
    private DemoDataPort demoData;
    private PasswordHasher hasher;
    private SearchIndexPort searchIndex;
    private SoldOutSkuCache soldOutSkus;
    private BackgroundJobs background;
    private String scaleName;
    private String demoPassword;
    private boolean rebuildSearchIndex;
    private long backgroundRebuildMinSkus;

    protected InitializeStoreService() {
        // for CDI client proxies
    }

    @Inject
    public InitializeStoreService(SchemaMigrationPort schema, DemoDataPort demoData, PasswordHasher hasher,
            SearchIndexPort searchIndex, SoldOutSkuCache soldOutSkus, BackgroundJobs background,
            @ConfigProperty(name = "mercato.demo-data", defaultValue = DEFAULT_SCALE) String scaleName,
            @ConfigProperty(name = "mercato.demo-data.password", defaultValue = "mercato-demo") String demoPassword,
            @ConfigProperty(name = "mercato.search.rebuild-index-at-start", defaultValue = "false")
            boolean rebuildSearchIndex,
            @ConfigProperty(name = "mercato.search.background-rebuild-min-skus", defaultValue = "100000")
            long backgroundRebuildMinSkus) {
        this.schema = schema;
        this.demoData = demoData;
        this.hasher = hasher;
        this.searchIndex = searchIndex;
        this.soldOutSkus = soldOutSkus;
        this.scaleName = scaleName;
        this.demoPassword = demoPassword;
        this.rebuildSearchIndex = rebuildSearchIndex;
        this.background = background;
        this.backgroundRebuildMinSkus = backgroundRebuildMinSkus;
    }

    @Override
    public StoreInitialization initialize() {
        int applied = schema.migrate();
        DemoScale scale = DEFAULT_SCALE.equals(scaleName)
                ? (demoData.isEmbeddedDatabase() ? DemoScale.SMALL : DemoScale.NONE)
                : DemoScale.parse(scaleName).orElseThrow(() -> new IllegalStateException(
                        "mercato.demo-data must be one of none, small, full; was '" + scaleName + "'"));
        if (scale.isBulk() && !demoData.supportsBulkLoad()) {
            String refused = scale.name().toLowerCase(java.util.Locale.ROOT);
            LOG.severe(() -> "mercato.demo-data=%s needs PostgreSQL (it is loaded with COPY); the embedded database gets no demo data. Use small here, or set MERCATO_DB_DRIVER=postgresql and MERCATO_DB_URL."
                    .formatted(refused));
            scale = DemoScale.NONE;
        }
        boolean load = scale != DemoScale.NONE && demoData.storeIsEmpty();
        if (load && scale.isBulk()) {
            // Minutes of COPY, longer than a deployment may take: the deployment goes on, and the search
            // index readiness check reports DOWN until the data is loaded and indexed (ADR 0015).
            searchIndex.markRebuildPending();
            DemoScale bulk = scale;
            LOG.info(() -> "Loading the %s demo marketplace in the background; /health/ready reports search-index DOWN until it is loaded and indexed."
                    .formatted(bulk.name().toLowerCase(java.util.Locale.ROOT)));
            background.submit(() -> loadInBackground(bulk));
            return new StoreInitialization(applied, false, true, scale.name(), true, true);
        }
        boolean loaded = load && loadDemoShop(scale);
        if (loaded) {
            // The demo stock was written around every cache: no node may keep an overlay from before.
            soldOutSkus.invalidate();
        }
        // JDBC batches bypass automatic indexing, and a new node starts with an empty local index. Without a
        // rebuild, the index is opened: each node reads what search keeps in memory (ADR 0021).
        boolean reindex = loaded || rebuildSearchIndex || searchIndex.isEmpty();
        long skus = searchIndex.skusToIndex();
        boolean inBackground = skus >= backgroundRebuildMinSkus;
        Runnable prepareSearch = reindex ? this::rebuildSearchIndex : this::openSearchIndex;
        if (inBackground) {
            // A minute or more at the full scale: the deployment goes on, the readiness check reports the index
            // DOWN until it is complete, and search answers from what it has so far (ADR 0015).
            searchIndex.markRebuildPending();
            LOG.info(() -> "%s the search index in the background: %d SKU(s) to read."
                    .formatted(reindex ? "Rebuilding" : "Opening", skus));
            background.submit(() -> preparedInBackground(prepareSearch));
        } else {
            prepareSearch.run();
        }
        return new StoreInitialization(applied, loaded, false, scale.name(), reindex, inBackground);
    }

    private void loadInBackground(DemoScale scale) {
        try {
            if (loadDemoShop(scale)) {
                soldOutSkus.invalidate();
            }
            rebuildSearchIndex();
        } catch (RuntimeException e) {
            searchIndex.markRebuildFailed();
            LOG.log(java.util.logging.Level.SEVERE, "Loading the demo data failed; drop the database's tables and restart", e);
        }
    }

    private void rebuildSearchIndex() {
        long started = System.nanoTime();
        long products = searchIndex.rebuild();
        LOG.info(() -> "Rebuilt the search index: %d product(s) in %d ms."
                .formatted(products, (System.nanoTime() - started) / 1_000_000));
    }

    private void openSearchIndex() {
        long started = System.nanoTime();
        searchIndex.open();
        LOG.info(() -> "Opened the search index in %d ms.".formatted((System.nanoTime() - started) / 1_000_000));
    }

    private void preparedInBackground(Runnable prepareSearch) {
        try {
            prepareSearch.run();
        } catch (RuntimeException e) {
            searchIndex.markRebuildFailed();
            LOG.log(java.util.logging.Level.SEVERE, "Preparing the search index failed; restart with mercato.search.rebuild-index-at-start=true", e);
        }
    }

    private boolean loadDemoShop(DemoScale scale) {
        long started = System.nanoTime();
        try {
            DemoShopGenerator generator = new DemoShopGenerator(scale);
            if (scale.isBulk()) {
                demoData.saveBulk(generator.generateWithoutCatalog(demoPassword, hasher::hash), generator);
            } else {
                demoData.save(generator.generate(demoPassword, hasher::hash));
            }
        } catch (ConflictException anotherNodeWasFirst) {
            LOG.info("Another node loaded the demo data first; using theirs.");
            return false;
        }
        LOG.info(() -> "Loaded the %s demo marketplace in %d ms (total load time). Demo logins use the password from mercato.demo-data.password."
                .formatted(scale.name().toLowerCase(java.util.Locale.ROOT), (System.nanoTime() - started) / 1_000_000));
        return true;
    }
}
