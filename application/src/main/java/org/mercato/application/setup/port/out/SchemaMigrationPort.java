package org.mercato.application.setup.port.out;

/** Applies pending versioned schema migrations; returns how many were applied. */
@FunctionalInterface
public interface SchemaMigrationPort {

    int migrate();
}
