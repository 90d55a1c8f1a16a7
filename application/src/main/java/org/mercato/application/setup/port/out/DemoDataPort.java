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
}
