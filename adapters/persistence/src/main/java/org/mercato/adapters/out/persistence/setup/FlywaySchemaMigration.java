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
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
