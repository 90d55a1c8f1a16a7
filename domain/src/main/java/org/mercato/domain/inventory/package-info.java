/**
 * The inventory context: warehouses, stock per SKU and warehouse, and the append-only movement ledger.
 * {@code available = onHand - reserved}; every change to {@code onHand} is a {@link org.mercato.domain.inventory.StockMovement}.
 */
package org.mercato.domain.inventory;
