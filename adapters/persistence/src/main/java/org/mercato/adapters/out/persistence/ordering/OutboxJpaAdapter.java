package org.mercato.adapters.out.persistence.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.mercato.application.ordering.port.out.EventOutbox;
import org.mercato.application.ordering.port.out.OutboxRelayPort;
import org.mercato.domain.ordering.OrderCancelled;
import org.mercato.domain.ordering.OrderEvent;
import org.mercato.domain.ordering.OrderExpired;
import org.mercato.domain.ordering.OrderPlaced;
import org.mercato.domain.shared.Money;

/** The outbox table: written with each change, read by the relay. Payloads are JSON with a {@code type} field. */
@ApplicationScoped
public class OutboxJpaAdapter implements EventOutbox, OutboxRelayPort {

    static final String ORDER = "Order";
    /** Looked up once: {@code JSON.createObjectBuilder()} runs a ServiceLoader scan on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    public void append(List<? extends OrderEvent> events) {
        for (OrderEvent event : events) {
            OutboxEventEntity row = new OutboxEventEntity();
            row.eventId = event.eventId();
            row.eventType = event.type();
            row.aggregateType = ORDER;
            row.aggregateId = event.orderId().value();
            row.payload = payload(event);
            row.occurredAt = event.occurredAt();
            em.persist(row);
        }
    }

    @Override
    public List<OutboxEntry> lockUnpublished(int limit) {
        return em.createQuery("select e from OutboxEventEntity e where e.publishedAt is null order by e.id", OutboxEventEntity.class)
                .setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .map(e -> new OutboxEntry(e.id, e.eventId, e.eventType, e.aggregateType, e.aggregateId, e.payload, e.occurredAt))
                .toList();
    }

    @Override
    public void markPublished(List<Long> ids, Instant at) {
        if (!ids.isEmpty()) {
            em.createQuery("update OutboxEventEntity e set e.publishedAt = :at, e.attempts = e.attempts + 1 where e.id in :ids")
                    .setParameter("at", at)
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
    }

    @Override
    public long countUnpublished() {
        return em.createQuery("select count(e) from OutboxEventEntity e where e.publishedAt is null", Long.class).getSingleResult();
    }

    static String payload(OrderEvent event) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", event.type())
                .add("eventId", event.eventId().toString())
                .add("orderId", event.orderId().toString())
                .add("accountId", event.accountId().toString())
                .add("occurredAt", event.occurredAt().toString());
        if (event instanceof OrderPlaced placed) {
            JsonArrayBuilder lines = JSON.createArrayBuilder();
            placed.lines().forEach(l -> lines.add(JSON.createObjectBuilder().add("sku", l.sku()).add("quantity", l.quantity())
                    .add("unitPrice", money(l.unitPrice()))));
            json.add("expiresAt", placed.expiresAt().toString()).add("total", money(placed.total())).add("lines", lines);
        } else if (event instanceof OrderExpired expired) {
            json.add("expiresAt", expired.expiresAt().toString());
        } else if (event instanceof OrderCancelled cancelled) {
            json.add("cancelledBy", cancelled.cancelledBy()).add("refundDue", cancelled.refundDue());
            if (cancelled.reason() != null) {
                json.add("reason", cancelled.reason());
            }
        }
        return json.build().toString();
    }

    private static JsonObjectBuilder money(Money money) {
        return JSON.createObjectBuilder().add("amount", money.amount()).add("currency", money.currency());
    }
}
