package org.mercato.adapters.out.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.mercato.application.audit.port.out.AuditLog;
import org.mercato.domain.audit.AuditEvent;

@ApplicationScoped
public class AuditLogPersistenceAdapter implements AuditLog {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    public void record(AuditEvent event) {
        AuditEventEntity entity = new AuditEventEntity();
        entity.occurredAt = event.at();
        entity.actor = event.actor();
        entity.action = event.action().name();
        entity.target = event.target();
        entity.sourceAddress = event.sourceAddress();
        entity.outcome = event.success() ? "SUCCESS" : "FAILURE";
        entity.detail = event.detail();
        em.persist(entity);
    }
}
