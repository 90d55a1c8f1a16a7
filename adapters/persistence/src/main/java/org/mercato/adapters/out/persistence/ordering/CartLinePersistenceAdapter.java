package org.mercato.adapters.out.persistence.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.mercato.adapters.out.persistence.InList;
import org.mercato.application.ordering.port.out.CartLinesPort;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.ordering.CartLine;

@ApplicationScoped
public class CartLinePersistenceAdapter implements CartLinesPort {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    public List<CartLine> load(UUID accountId) {
        return em.createQuery("select c from CartLineEntity c where c.id.accountId = :account order by c.addedAt, c.id.skuCode",
                        CartLineEntity.class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(c -> new CartLine(new SkuCode(c.id.skuCode()), c.quantity, c.addedAt))
                .toList();
    }

    /**
     * Insert-or-update without a failing statement, on PostgreSQL and H2 alike: "on conflict do nothing"
     * waits for a concurrent insert of the same line and then skips, and the update that follows sets
     * the quantity (last writer wins). A statement that failed with a duplicate key would abort the whole
     * PostgreSQL transaction, so catching one is no option. If a concurrent delete removes the line
     * between the two statements, the loop inserts it again.
     */
    @Override
    public void store(UUID accountId, CartLine line) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int inserted = em.createNativeQuery("""
                            insert into cart_line (account_id, sku_code, quantity, added_at)
                            values (?1, ?2, ?3, ?4) on conflict do nothing""")
                    .setParameter(1, accountId)
                    .setParameter(2, line.sku().value())
                    .setParameter(3, line.quantity())
                    .setParameter(4, line.addedAt())
                    .executeUpdate();
            if (inserted == 1) {
                return;
            }
            int updated = em.createNativeQuery("update cart_line set quantity = ?1 where account_id = ?2 and sku_code = ?3")
                    .setParameter(1, line.quantity())
                    .setParameter(2, accountId)
                    .setParameter(3, line.sku().value())
                    .executeUpdate();
            if (updated == 1) {
                return;
            }
        }
        throw new IllegalStateException("cart line " + line.sku() + " kept vanishing while it was stored");
    }

    @Override
    public void remove(UUID accountId, Collection<SkuCode> skus) {
        if (skus.isEmpty()) {
            return;
        }
        // Placement from the cart runs this: one parameter per code keeps the query's plan cached (InList).
        InList codes = InList.of("code", skus.stream().map(SkuCode::value).distinct().toList());
        codes.bind(em.createQuery("delete from CartLineEntity c where c.id.accountId = :account and c.id.skuCode in (%s)"
                        .formatted(codes.placeholders())))
                .setParameter("account", accountId)
                .executeUpdate();
    }
}
