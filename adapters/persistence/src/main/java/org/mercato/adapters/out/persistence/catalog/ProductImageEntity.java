package org.mercato.adapters.out.persistence.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One image of a product: the stored object's key and its place in the product's gallery. */
@Entity
@Table(name = "product_image")
public class ProductImageEntity {
    @Id
    UUID id;
    @Column(name = "product_id", nullable = false)
    UUID productId;
    @Column(name = "object_key", nullable = false)
    String objectKey;
    @Column(nullable = false)
    int position;
    @Column(name = "content_type", nullable = false)
    String contentType;
    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;
    @Column(name = "created_by", nullable = false)
    String createdBy;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
