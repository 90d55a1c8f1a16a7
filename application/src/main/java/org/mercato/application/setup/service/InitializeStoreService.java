package org.mercato.application.setup.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.application.accounts.port.out.PasswordHasher;
import org.mercato.application.common.ConflictException;
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
    private String scaleName;
    private String demoPassword;

    protected InitializeStoreService() {
        // for CDI client proxies
    }

    @Inject
    public InitializeStoreService(SchemaMigrationPort schema, DemoDataPort demoData, PasswordHasher hasher,
            @ConfigProperty(name = "mercato.demo-data", defaultValue = DEFAULT_SCALE) String scaleName,
            @ConfigProperty(name = "mercato.demo-data.password", defaultValue = "mercato-demo") String demoPassword) {
        this.schema = schema;
        this.demoData = demoData;
        this.hasher = hasher;
        this.scaleName = scaleName;
        this.demoPassword = demoPassword;
    }

    @Override
    public StoreInitialization initialize() {
        int applied = schema.migrate();
        DemoScale scale = DEFAULT_SCALE.equals(scaleName)
                ? (demoData.isEmbeddedDatabase() ? DemoScale.SMALL : DemoScale.NONE)
                : DemoScale.parse(scaleName).orElseThrow(() -> new IllegalStateException(
                        "mercato.demo-data must be one of none, small; was '" + scaleName + "'"));
        boolean loaded = scale != DemoScale.NONE && demoData.storeIsEmpty() && loadDemoShop(scale);
        return new StoreInitialization(applied, loaded, scale.name());
    }

    private boolean loadDemoShop(DemoScale scale) {
        long started = System.nanoTime();
        try {
            demoData.save(new DemoShopGenerator(scale).generate(demoPassword, hasher::hash));
        } catch (ConflictException anotherNodeWasFirst) {
            LOG.info("Another node loaded the demo data first; using theirs.");
            return false;
        }
        LOG.info(() -> "Loaded the %s demo marketplace in %d ms. Demo logins use the password from mercato.demo-data.password."
                .formatted(scale.name().toLowerCase(java.util.Locale.ROOT), (System.nanoTime() - started) / 1_000_000));
        return true;
    }
}
