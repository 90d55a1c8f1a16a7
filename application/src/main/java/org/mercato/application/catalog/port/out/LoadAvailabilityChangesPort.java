package org.mercato.application.catalog.port.out;

/**
 * Reads, from the committed data, every SKU whose sold-out state changed after it was last written by
 * the demo load or by its creation, with its state now: a superset of what any index may have missed.
 */
@FunctionalInterface
public interface LoadAvailabilityChangesPort {

    AvailabilityOverlay loadAvailabilityChanges();
}
