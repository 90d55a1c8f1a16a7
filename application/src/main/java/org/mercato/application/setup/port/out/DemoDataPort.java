package org.mercato.application.setup.port.out;

import org.mercato.application.setup.service.DemoShop;

public interface DemoDataPort {

    /** True when the store holds no catalog and no staff yet: the first start. */
    boolean storeIsEmpty();

    void save(DemoShop shop);
}
