package org.mercato.adapters.out.persistence.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "shopper_address")
public class ShopperAddressEntity {
    @Id
    UUID id;
    @Column(name = "shopper_id", nullable = false)
    UUID shopperId;
    String label;
    @Column(nullable = false)
    String line1;
    String line2;
    @Column(nullable = false)
    String city;
    @Column(name = "postal_code", nullable = false)
    String postalCode;
    @Column(nullable = false)
    String country;
    @Column(name = "is_default", nullable = false)
    boolean isDefault;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
