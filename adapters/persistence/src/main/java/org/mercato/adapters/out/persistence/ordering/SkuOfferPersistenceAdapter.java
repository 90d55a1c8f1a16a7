package org.mercato.adapters.out.persistence.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mercato.adapters.out.persistence.InList;
import org.mercato.adapters.out.persistence.SqlValues;
import org.mercato.application.ordering.port.in.SkuOffer;
import org.mercato.application.ordering.port.out.OrderableSkusPort;
import org.mercato.application.ordering.port.out.SkuOffersPort;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

/**
 * Live offers straight from the committed rows of sku, product and stock, for carts and for pricing an
 * order. Deliberately not the product page cache: both must follow every price change at once.
 */
@ApplicationScoped
public class SkuOfferPersistenceAdapter implements SkuOffersPort, OrderableSkusPort {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    public Map<SkuCode, SkuOffer> offers(Collection<SkuCode> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = skuRows(skus);
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> available = new HashMap<>();
        InList ids = InList.of("id", rows.stream().map(r -> (Long) r[0]).toList());
        ids.bind(em.createQuery("""
                        select st.id.skuId, coalesce(sum(st.onHand - st.reserved), 0)
                        from StockEntity st
                        where st.id.skuId in (%s)
                        group by st.id.skuId""".formatted(ids.placeholders()), Object[].class))
                .getResultStream()
                .forEach(r -> available.put((Long) r[0], ((Number) r[1]).intValue()));
        Map<SkuCode, SkuOffer> offers = new HashMap<>();
        for (Object[] r : rows) {
            SkuCode code = new SkuCode((String) r[1]);
            String variant = r[4] + ", " + Firmness.parse((String) r[5]).map(Firmness::code).orElse((String) r[5])
                    + ", " + r[6] + " cm";
            offers.put(code, new SkuOffer(code, new ProductId((UUID) r[2]), r[3] + " " + variant,
                    Money.of((Long) r[7], ((String) r[8]).trim()), available.getOrDefault((Long) r[0], 0)));
        }
        return offers;
    }

    @Override
    public Map<SkuCode, OrderableSku> find(Collection<SkuCode> skus) {
        Map<SkuCode, OrderableSku> found = new HashMap<>();
        if (skus.isEmpty()) {
            return found;
        }
        for (Object[] r : skuRows(skus)) {
            SkuCode code = new SkuCode((String) r[1]);
            found.put(code, new OrderableSku(code, new ProductId((UUID) r[2]), (String) r[3], (String) r[4], (String) r[5],
                    (Integer) r[6], Money.of((Long) r[7], ((String) r[8]).trim())));
        }
        return found;
    }

    /**
     * id, code, product id, product name, size, firmness, height, price amount, price currency. In SQL:
     * every placement runs it, and Hibernate translated the same JPQL (with its join) anew on every call.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> skuRows(Collection<SkuCode> skus) {
        InList codes = InList.of("code", skus.stream().map(SkuCode::value).distinct().toList());
        List<Object[]> rows = codes.bind(em.createNativeQuery("""
                        select s.id, s.code, p.id, p.name, s.size_code, s.firmness, s.height_cm, s.price_amount, s.price_currency
                        from sku s join product p on p.id = s.product_id
                        where s.code in (%s)""".formatted(codes.placeholders())))
                .getResultList();
        for (Object[] r : rows) {
            r[0] = ((Number) r[0]).longValue();
            r[2] = SqlValues.uuid(r[2]);
            r[6] = ((Number) r[6]).intValue();
            r[7] = ((Number) r[7]).longValue();
        }
        return rows;
    }
}
