package org.mercato.adapters.out.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mercato.application.audit.port.in.AuditEventPage;
import org.mercato.application.audit.port.in.AuditEventQuery;
import org.mercato.application.audit.port.out.LoadAuditEventsPort;
import org.mercato.domain.audit.AuditAction;
import org.mercato.domain.audit.AuditEvent;

/** Reads the audit trail back for administrators; writing stays with {@link AuditLogPersistenceAdapter}. */
@ApplicationScoped
public class AuditTrailQueryAdapter implements LoadAuditEventsPort {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    public AuditEventPage load(AuditEventQuery query) {
        List<String> conditions = new ArrayList<>();
        query.action().ifPresent(a -> conditions.add("e.action = :action"));
        query.actor().ifPresent(a -> conditions.add("lower(e.actor) = :actor"));
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);

        TypedQuery<AuditEventEntity> page = em.createQuery(
                "select e from AuditEventEntity e" + where + " order by e.occurredAt desc, e.id desc", AuditEventEntity.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEventEntity e" + where, Long.class);
        query.action().ifPresent(a -> {
            page.setParameter("action", a.name());
            count.setParameter("action", a.name());
        });
        query.actor().ifPresent(a -> {
            page.setParameter("actor", a.toLowerCase(Locale.ROOT));
            count.setParameter("actor", a.toLowerCase(Locale.ROOT));
        });
        List<AuditEvent> items = page
                .setFirstResult(Math.toIntExact(Math.min((long) query.page() * query.size(), Integer.MAX_VALUE)))
                .setMaxResults(query.size())
                .getResultStream()
                .map(AuditTrailQueryAdapter::toDomain)
                .toList();
        return new AuditEventPage(items, query.page(), query.size(), count.getSingleResult());
    }

    private static AuditEvent toDomain(AuditEventEntity e) {
        return new AuditEvent(e.occurredAt, e.actor, AuditAction.valueOf(e.action), e.target, e.sourceAddress,
                "SUCCESS".equals(e.outcome), e.detail);
    }
}
