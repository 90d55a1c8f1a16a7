package org.mercato.application.ordering.port.out;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.ordering.CartLine;

/** The stored lines of shoppers' carts, keyed by account and SKU code. */
public interface CartLinesPort {

    List<CartLine> load(UUID accountId);

    /**
     * Stores the line: inserts it, or sets the quantity of the line already there (keeping its
     * {@code addedAt}). Safe against a concurrent store of the same line: the last one wins, neither fails.
     */
    void store(UUID accountId, CartLine line);

    /** Removes the lines of the named SKUs; absent ones are ignored. */
    void remove(UUID accountId, Collection<SkuCode> skus);
}
