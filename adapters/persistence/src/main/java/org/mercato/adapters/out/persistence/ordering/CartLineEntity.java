package org.mercato.adapters.out.persistence.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of a shopper's cart (V7); written through an upsert in {@link CartLinePersistenceAdapter}. */
@Entity
@Table(name = "cart_line")
public class CartLineEntity {

    @EmbeddedId
    Key id;
    @Column(nullable = false)
    int quantity;
    @Column(name = "added_at", nullable = false)
    Instant addedAt;

    @Embeddable
    public record Key(@Column(name = "account_id") UUID accountId, @Column(name = "sku_code") String skuCode) {
    }
}
