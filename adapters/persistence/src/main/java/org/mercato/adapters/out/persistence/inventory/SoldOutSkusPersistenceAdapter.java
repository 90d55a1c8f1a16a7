package org.mercato.adapters.out.persistence.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.stream.Collectors;
import org.mercato.application.catalog.port.out.LoadSoldOutSkusPort;
import org.mercato.domain.catalog.SkuCode;

/**
 * The SKUs of which no warehouse has a unit left over its reservations, from the committed stock in
 * one aggregate query. A SKU without any stock row counts as sold out too. Since the schema keeps
 * {@code reserved <= on_hand} per row, "no row with on_hand > reserved" is "available sum is 0".
 */
@ApplicationScoped
public class SoldOutSkusPersistenceAdapter implements LoadSoldOutSkusPort {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    public Set<SkuCode> loadSoldOutSkus() {
        return em.createQuery("""
                        select s.code from SkuEntity s
                        where not exists (
                            select 1 from StockEntity st
                            where st.id.skuId = s.id and st.onHand > st.reserved)""", String.class)
                .getResultStream()
                .map(SkuCode::new)
                .collect(Collectors.toUnmodifiableSet());
    }
}
