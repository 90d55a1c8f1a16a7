package org.mercato.adapters.out.persistence.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mercato.adapters.out.persistence.SqlStates;
import org.mercato.application.ordering.port.out.OrderIdempotencyKeys;
import org.mercato.domain.ordering.OrderId;

@ApplicationScoped
public class OrderIdempotencyKeyAdapter implements OrderIdempotencyKeys {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    public Optional<StoredKey> find(UUID accountId, String key) {
        OrderIdempotencyKeyEntity row = em.find(OrderIdempotencyKeyEntity.class, new OrderIdempotencyKeyEntity.Key(accountId, key));
        return Optional.ofNullable(row).map(r -> new StoredKey(r.requestHash, new OrderId(r.orderId)));
    }

    @Override
    public void store(List<NewKey> keys) {
        for (NewKey key : keys) {
            OrderIdempotencyKeyEntity row = new OrderIdempotencyKeyEntity();
            row.id = new OrderIdempotencyKeyEntity.Key(key.accountId(), key.key());
            row.requestHash = key.requestHash();
            row.orderId = key.order().value();
            row.createdAt = key.at();
            em.persist(row);
        }
        try {
            // The primary key makes a concurrent twin wait here until the first commits, then fail.
            em.flush();
        } catch (PersistenceException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new DuplicateRequestException("an Idempotency-Key of " + keys.size() + " order(s) was used by a concurrent request");
            }
            throw e;
        }
    }
}
