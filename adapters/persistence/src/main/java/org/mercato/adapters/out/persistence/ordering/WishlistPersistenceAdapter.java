package org.mercato.adapters.out.persistence.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.mercato.application.ordering.port.out.WishlistPort;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.ordering.WishlistItem;

@ApplicationScoped
public class WishlistPersistenceAdapter implements WishlistPort {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    public List<WishlistItem> load(UUID accountId) {
        return em.createQuery("select w from WishlistItemEntity w where w.id.accountId = :account order by w.addedAt, w.id.skuCode",
                        WishlistItemEntity.class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(w -> new WishlistItem(new SkuCode(w.id.skuCode()), w.addedAt))
                .toList();
    }

    /** A concurrent add of the same SKU waits and then skips: no duplicate-key failure (see the cart adapter). */
    @Override
    public void add(UUID accountId, WishlistItem item) {
        em.createNativeQuery("""
                        insert into wishlist_item (account_id, sku_code, added_at)
                        values (?1, ?2, ?3) on conflict do nothing""")
                .setParameter(1, accountId)
                .setParameter(2, item.sku().value())
                .setParameter(3, item.addedAt())
                .executeUpdate();
    }

    @Override
    public void remove(UUID accountId, SkuCode sku) {
        em.createQuery("delete from WishlistItemEntity w where w.id.accountId = :account and w.id.skuCode = :code")
                .setParameter("account", accountId)
                .setParameter("code", sku.value())
                .executeUpdate();
    }
}
