package org.mercato.adapters.out.persistence.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.mercato.application.ordering.port.out.OrderableSkusPort;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

@ApplicationScoped
public class OrderableSkusJpaAdapter implements OrderableSkusPort {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    public Map<SkuCode, OrderableSku> find(Collection<SkuCode> skus) {
        Map<SkuCode, OrderableSku> found = new HashMap<>();
        if (skus.isEmpty()) {
            return found;
        }
        em.createQuery("""
                        select s.code, p.id, p.name, s.sizeCode, s.firmness, s.heightCm, s.priceAmount, s.priceCurrency
                        from SkuEntity s join s.product p where s.code in :codes""", Object[].class)
                .setParameter("codes", skus.stream().map(SkuCode::value).toList())
                .getResultStream()
                .forEach(r -> {
                    SkuCode code = new SkuCode((String) r[0]);
                    found.put(code, new OrderableSku(code, new ProductId((UUID) r[1]), (String) r[2], (String) r[3], (String) r[4],
                            (Integer) r[5], Money.of((Long) r[6], (String) r[7])));
                });
        return found;
    }
}
