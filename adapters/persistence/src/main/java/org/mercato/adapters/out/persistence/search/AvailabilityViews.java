package org.mercato.adapters.out.persistence.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.mercato.adapters.out.persistence.InList;
import org.mercato.application.catalog.port.out.AvailabilityOverlay;
import org.mercato.domain.catalog.SkuCode;

/**
 * Lays the availability overlay (ADR 0015) over a {@link CatalogSnapshot}: for each product with a SKU in the
 * overlay, its sold-out bits as they are now. The overlay names SKUs by code; their ids and products are read
 * once per code and remembered (a code without SKU, deleted since, is asked for again with the next overlay).
 * The last view is kept, so searches between two stock changes build nothing.
 */
@ApplicationScoped
public class AvailabilityViews {

    private static final int CODES_PER_QUERY = 500;

    private record SkuRef(UUID product, long id) {
    }

    private record View(AvailabilityOverlay overlay, CatalogSnapshot catalog, CatalogScan.Availability availability) {
    }

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    private final Map<SkuCode, SkuRef> refs = new ConcurrentHashMap<>();
    private volatile View last;

    CatalogScan.Availability of(AvailabilityOverlay overlay, CatalogSnapshot catalog) {
        if (overlay.size() == 0) {
            return CatalogScan.Availability.AS_LOADED;
        }
        View view = last;
        if (view != null && view.catalog() == catalog && view.overlay().equals(overlay)) {
            return view.availability();
        }
        resolve(overlay.soldOutNow());
        resolve(overlay.availableNow());
        long[][] bits = new long[catalog.slots()][];
        boolean any = apply(overlay.soldOutNow(), true, catalog, bits);
        any |= apply(overlay.availableNow(), false, catalog, bits);
        CatalogScan.Availability availability = any ? ordinal -> bits[ordinal] : CatalogScan.Availability.AS_LOADED;
        last = new View(overlay, catalog, availability);
        return availability;
    }

    private boolean apply(Set<SkuCode> codes, boolean soldOut, CatalogSnapshot catalog, long[][] bits) {
        boolean any = false;
        for (SkuCode code : codes) {
            SkuRef ref = refs.get(code);
            int ordinal = ref == null ? -1 : catalog.ordinalOf(ref.product());
            if (ordinal < 0) {
                continue;
            }
            ProductSkus skus = catalog.product(ordinal).skus();
            for (int i = 0; i < skus.size(); i++) {
                if (skus.skuIds[i] == ref.id()) {
                    if (bits[ordinal] == null) {
                        bits[ordinal] = skus.soldOut.clone();
                    }
                    long[] now = bits[ordinal];
                    any = true;
                    if (soldOut) {
                        now[i >>> 6] |= 1L << i;
                    } else {
                        now[i >>> 6] &= ~(1L << i);
                    }
                    break;
                }
            }
        }
        return any;
    }

    private void resolve(Set<SkuCode> codes) {
        List<String> unknown = new ArrayList<>();
        for (SkuCode code : codes) {
            if (!refs.containsKey(code)) {
                unknown.add(code.value());
            }
        }
        for (int from = 0; from < unknown.size(); from += CODES_PER_QUERY) {
            List<String> some = unknown.subList(from, Math.min(unknown.size(), from + CODES_PER_QUERY));
            InList in = InList.of("code", some);
            List<Object[]> rows = in.bind(em.createQuery(
                    "select s.code, s.product.id, s.id from SkuEntity s where s.code in (%s)".formatted(in.placeholders()),
                    Object[].class)).getResultList();
            for (Object[] row : rows) {
                refs.put(new SkuCode((String) row[0]), new SkuRef((UUID) row[1], (Long) row[2]));
            }
        }
    }
}
