package org.mercato.adapters.in.rest.support;

import jakarta.annotation.PreDestroy;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request. Without a resolver, RESTEasy's JSON-B provider builds a new
 * Jsonb for each body it reads or writes: a ServiceLoader scan, a CDI lookup and a cold Yasson class
 * model each time, which profiling showed as most of the CPU of a small request. Jsonb is thread-safe.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/problem+json", "application/merge-patch+json"})
public class SharedJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() throws Exception {
        jsonb.close();
    }
}
