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
@Table(name = "outbox_event")
public class OutboxEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_event_seq")
    @SequenceGenerator(name = "outbox_event_seq", sequenceName = "outbox_event_seq", allocationSize = 50)
    public Long id;
    @Column(name = "event_id", nullable = false)
    public UUID eventId;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Column(name = "aggregate_type", nullable = false)
    public String aggregateType;
    @Column(name = "aggregate_id", nullable = false)
    public UUID aggregateId;
    @Column(nullable = false)
    public String payload;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(nullable = false)
    public int attempts;
}
