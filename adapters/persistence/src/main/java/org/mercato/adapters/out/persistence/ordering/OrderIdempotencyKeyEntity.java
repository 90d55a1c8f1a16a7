package org.mercato.adapters.out.persistence.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "order_idempotency_key")
public class OrderIdempotencyKeyEntity {

    @EmbeddedId
    public Key id;
    @Column(name = "request_hash", nullable = false)
    public String requestHash;
    @Column(name = "order_id", nullable = false)
    public UUID orderId;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Embeddable
    public record Key(@Column(name = "account_id") UUID accountId, @Column(name = "idem_key") String key) implements Serializable {
    }
}
