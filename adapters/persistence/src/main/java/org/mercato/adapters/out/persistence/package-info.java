/**
 * The JPA adapter: persistence models per bounded context (separate from the domain), mappers, and
 * the classes that implement the application's out-ports. Flyway migrations in {@code db/migration}
 * own the schema.
 */
package org.mercato.adapters.out.persistence;
