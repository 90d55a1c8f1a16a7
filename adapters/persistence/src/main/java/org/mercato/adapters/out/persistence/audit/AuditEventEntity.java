package org.mercato.adapters.out.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "audit_event")
public class AuditEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    Long id;
    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;
    @Column(nullable = false)
    String actor;
    @Column(nullable = false)
    String action;
    String target;
    @Column(name = "source_address")
    String sourceAddress;
    @Column(nullable = false)
    String outcome;
    String detail;
}
