package org.mercato.application.catalog.port.out;

/**
 * The catalog's search index: a text index that outlives restarts, and what each node keeps in memory
 * beside it (every product's SKUs, ADR 0021), read at start. Changes made through the persistence unit
 * reach both by themselves; data written around it (the demo data's JDBC batches, an empty index on a new
 * node) needs a rebuild.
 */
public interface SearchIndexPort {

    /** True when the index holds no product at all. */
    boolean isEmpty();

    /** How many SKUs a rebuild or an opening would read: decides whether it runs in the background. */
    long skusToIndex();

    /**
     * Reads what this node keeps in memory for search from the database, for a text index that needs no
     * rebuild; blocks until done. Search answers from what it has read so far meanwhile.
     */
    void open();

    /**
     * A rebuild or an opening is about to start on another thread: until {@link #rebuild()} finishes, the index reports
     * itself not ready.
     */
    void markRebuildPending();

    /** A background load or rebuild failed: the index stays not ready until a restart rebuilds it. */
    void markRebuildFailed();

    /** Reads and reindexes every product from the database and returns how many there are; blocks until done. */
    long rebuild();
}
