package org.mercato.adapters.out.persistence.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "order_status_change")
public class OrderStatusChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_status_change_seq")
    @SequenceGenerator(name = "order_status_change_seq", sequenceName = "order_status_change_seq", allocationSize = 50)
    public Long id;
    @Column(name = "order_id", nullable = false)
    public UUID orderId;
    @Column(name = "from_status")
    public String fromStatus;
    @Column(name = "to_status", nullable = false)
    public String toStatus;
    @Column(nullable = false)
    public String action;
    @Column(nullable = false)
    public String actor;
    @Column
    public String reason;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
