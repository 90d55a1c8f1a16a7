package org.mercato.adapters.out.persistence.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** Stock of one SKU in one warehouse; the database checks keep {@code 0 <= reserved <= onHand}. */
@Entity
@Table(name = "stock")
public class StockEntity {

    @EmbeddedId
    public Key id;
    @Column(name = "on_hand", nullable = false)
    public int onHand;
    @Column(nullable = false)
    public int reserved;

    @Embeddable
    public record Key(@Column(name = "sku_id") Long skuId, @Column(name = "warehouse_id") UUID warehouseId)
            implements Serializable {
    }
}
