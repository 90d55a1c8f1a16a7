package org.mercato.application.catalog.port.out;

/**
 * The catalog's search index. Changes made through the persistence unit reach it by themselves;
 * data written around it (the demo data's JDBC batches, an empty index on a new node) needs a rebuild.
 */
public interface SearchIndexPort {

    /** True when the index holds no product at all. */
    boolean isEmpty();

    /** How many SKUs (nested documents) a rebuild would index: decides whether it runs in the background. */
    long skusToIndex();

    /**
     * A rebuild is about to start on another thread: until {@link #rebuild()} finishes, the index reports
     * itself not ready.
     */
    void markRebuildPending();

    /** A background load or rebuild failed: the index stays not ready until a restart rebuilds it. */
    void markRebuildFailed();

    /** Reindexes every product from the database and returns how many there are; blocks until done. */
    long rebuild();
}
