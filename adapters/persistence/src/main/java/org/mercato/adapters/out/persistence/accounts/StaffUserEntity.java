package org.mercato.adapters.out.persistence.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.mercato.domain.accounts.StaffRole;

@Entity
@Table(name = "staff_user")
public class StaffUserEntity {
    @Id
    UUID id;
    @Column(nullable = false)
    String username;
    @Column(name = "display_name", nullable = false)
    String displayName;
    @Column(name = "password_hash", nullable = false)
    String passwordHash;
    @Column(nullable = false)
    boolean active;
    @Column(name = "warehouse_id")
    UUID warehouseId;
    @Column(name = "failed_sign_ins", nullable = false)
    int failedSignIns;
    @Column(name = "locked_until")
    Instant lockedUntil;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    Set<StaffRole> roles = new HashSet<>();
}
