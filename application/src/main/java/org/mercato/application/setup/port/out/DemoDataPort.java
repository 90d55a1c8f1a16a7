package org.mercato.application.setup.port.out;


public interface DemoDataPort {

    /** True on the embedded zero-setup database, where demo data is loaded unless configured otherwise. */
    boolean isEmbeddedDatabase();

    /** True when the store holds no catalog and no staff yet: the first start. */
    boolean storeIsEmpty();

    /**
     * Saves the whole shop in one transaction. Fails with {@code ConflictException} when another node
     * saved it first (both saw an empty store), leaving that node's data as it is.
     */
    void save(DemoShop shop);

    /** True when {@link #saveBulk} works here: on PostgreSQL, not on the embedded database. */
    boolean supportsBulkLoad();

    /**
     * Saves {@code shop} (which holds no products, stock or movements) and streams {@code catalog} in
     * through the database's bulk path, in one transaction, logging its progress. Fails with
     * {@code ConflictException} like {@link #save}.
     */
    void saveBulk(DemoShop shop, DemoCatalog catalog);
}
