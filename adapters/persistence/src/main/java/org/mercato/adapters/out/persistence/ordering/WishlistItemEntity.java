package org.mercato.adapters.out.persistence.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One SKU on a shopper's wishlist (V7). */
@Entity
@Table(name = "wishlist_item")
public class WishlistItemEntity {

    @EmbeddedId
    Key id;
    @Column(name = "added_at", nullable = false)
    Instant addedAt;

    @Embeddable
    public record Key(@Column(name = "account_id") UUID accountId, @Column(name = "sku_code") String skuCode) {
    }
}
