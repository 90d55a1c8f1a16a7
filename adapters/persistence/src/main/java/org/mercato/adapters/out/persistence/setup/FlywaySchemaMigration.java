package org.mercato.adapters.out.persistence.setup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.mercato.application.setup.port.out.SchemaMigrationPort;

/**
 * Runs the versioned migrations in {@code db/migration} with Flyway. The same scripts serve
 * PostgreSQL and H2; Flyway's lock table keeps two nodes starting together from racing.
 */
@ApplicationScoped
public class FlywaySchemaMigration implements SchemaMigrationPort {

    @Resource(lookup = "java:jboss/datasources/MercatoDS")
    DataSource dataSource;

    // Flyway commits each migration itself, so it must run outside any JTA transaction.
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int migrate() {
        return Flyway.configure(FlywaySchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                // WildFly's persistent timer store creates its own table (jboss_ejb_timer) in this schema when the
                // server boots, before the first migration; a history baselined at version 0 still runs V1 onwards.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
