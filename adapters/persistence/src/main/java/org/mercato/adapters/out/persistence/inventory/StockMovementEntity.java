package org.mercato.adapters.out.persistence.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One row of the append-only stock ledger; never updated or deleted. */
@Entity
@Table(name = "stock_movement")
public class StockMovementEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stock_movement_seq")
    @SequenceGenerator(name = "stock_movement_seq", sequenceName = "stock_movement_seq", allocationSize = 50)
    Long id;
    @Column(name = "sku_id", nullable = false)
    Long skuId;
    @Column(name = "warehouse_id", nullable = false)
    UUID warehouseId;
    @Column(nullable = false)
    int delta;
    @Column(nullable = false)
    String reason;
    @Column(nullable = false)
    String actor;
    String reference;
    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;
}
