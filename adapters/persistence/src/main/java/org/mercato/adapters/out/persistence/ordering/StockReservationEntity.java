package org.mercato.adapters.out.persistence.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** Units one open order holds of one SKU in one warehouse; their sum per stock row is its {@code reserved}. */
@Entity
@Table(name = "stock_reservation")
public class StockReservationEntity {

    @EmbeddedId
    public Key id;
    @Column(nullable = false)
    public int quantity;

    @Embeddable
    public record Key(@Column(name = "order_id") UUID orderId, @Column(name = "sku_id") Long skuId,
            @Column(name = "warehouse_id") UUID warehouseId) implements Serializable {
    }
}
