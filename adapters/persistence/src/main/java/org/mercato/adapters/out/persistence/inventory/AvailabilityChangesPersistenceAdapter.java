package org.mercato.adapters.out.persistence.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mercato.application.catalog.port.out.LoadAvailabilityChangesPort;
import org.mercato.application.catalog.port.out.AvailabilityOverlay;
import org.mercato.domain.catalog.SkuCode;

/**
 * The SKUs whose sold-out state changed since the demo load or their creation ({@code sku_availability_change},
 * V8): a primary-key table of the SKUs that ever ran out or came back, read whole, not an anti-join over every
 * SKU and its stock (ADR 0015).
 */
@ApplicationScoped
public class AvailabilityChangesPersistenceAdapter implements LoadAvailabilityChangesPort {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    public AvailabilityOverlay loadAvailabilityChanges() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select s.code, c.sold_out from sku_availability_change c join sku s on s.id = c.sku_id").getResultList();
        Set<SkuCode> soldOut = new HashSet<>();
        Set<SkuCode> available = new HashSet<>();
        for (Object[] row : rows) {
            (Boolean.TRUE.equals(row[1]) ? soldOut : available).add(new SkuCode((String) row[0]));
        }
        return new AvailabilityOverlay(soldOut, available);
    }
}
