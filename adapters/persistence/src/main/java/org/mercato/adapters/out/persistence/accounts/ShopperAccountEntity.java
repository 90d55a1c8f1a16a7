package org.mercato.adapters.out.persistence.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "shopper_account")
public class ShopperAccountEntity {
    @Id
    UUID id;
    @Column(nullable = false)
    String email;
    @Column(name = "email_normalized", nullable = false)
    String emailNormalized;
    @Column(name = "password_hash", nullable = false)
    String passwordHash;
    @Column(nullable = false)
    String name;
    String phone;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "failed_sign_ins", nullable = false)
    int failedSignIns;
    @Column(name = "locked_until")
    Instant lockedUntil;
}
