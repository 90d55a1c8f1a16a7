package org.mercato.adapters.out.persistence.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

@Entity
@Table(name = "order_line")
public class OrderLineEntity {

    @EmbeddedId
    public Key id;
    @Column(name = "sku_code", nullable = false)
    public String skuCode;
    @Column(name = "product_id", nullable = false)
    public UUID productId;
    @Column(name = "product_name", nullable = false)
    public String productName;
    @Column(name = "size_code", nullable = false)
    public String sizeCode;
    @Column(nullable = false)
    public String firmness;
    @Column(name = "height_cm", nullable = false)
    public int heightCm;
    @Column(nullable = false)
    public int quantity;
    @Column(name = "unit_price", nullable = false)
    public long unitPrice;

    @Embeddable
    public record Key(@Column(name = "order_id") UUID orderId, @Column(name = "line_no") int lineNo) implements Serializable {
    }
}
