package org.mercato.adapters.out.persistence.inventory;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Keeps {@code sku.sold_out} and the search overlay's {@code sku_availability_change} row in step with a
 * SKU's availability over all warehouses (ADR 0015). Every stock writer whose change crosses zero calls it
 * while it holds the stock rows it changed.
 */
public final class SkuSoldOutFlags {

    private SkuSoldOutFlags() {
    }

    /** Records the SKU's new state; does nothing when the flag already says so. */
    public static void record(EntityManager em, long skuId, boolean soldOut, Instant at) {
        int changed = em.createNativeQuery("update sku set sold_out = ?1 where id = ?2 and sold_out <> ?3")
                .setParameter(1, soldOut).setParameter(2, skuId).setParameter(3, soldOut).executeUpdate();
        if (changed == 0) {
            return;
        }
        Timestamp when = Timestamp.from(at);
        int updated = em.createNativeQuery("update sku_availability_change set sold_out = ?1, changed_at = ?2 where sku_id = ?3")
                .setParameter(1, soldOut).setParameter(2, when).setParameter(3, skuId).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into sku_availability_change (sku_id, sold_out, changed_at) values (?1, ?2, ?3)")
                    .setParameter(1, skuId).setParameter(2, soldOut).setParameter(3, when).executeUpdate();
        }
    }
}
