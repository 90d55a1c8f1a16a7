package org.mercato.adapters.out.persistence.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mercato.application.accounts.port.out.ShopperAddressPort;
import org.mercato.domain.accounts.ShippingAddress;

@ApplicationScoped
public class ShopperAddressPersistenceAdapter implements ShopperAddressPort {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    public List<ShippingAddress> list(UUID shopperId) {
        return em.createQuery("select a from ShopperAddressEntity a where a.shopperId = :shopper order by a.createdAt",
                        ShopperAddressEntity.class)
                .setParameter("shopper", shopperId)
                .getResultStream()
                .map(ShopperAddressPersistenceAdapter::toDomain)
                .toList();
    }

    @Override
    public Optional<Addressee> addressee(UUID shopperId) {
        return em.createQuery("""
                        select a.name, d from ShopperAccountEntity a
                        left join ShopperAddressEntity d on d.shopperId = a.id and d.isDefault = true
                        where a.id = :shopper""", Object[].class)
                .setParameter("shopper", shopperId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(r -> new Addressee((String) r[0], Optional.ofNullable((ShopperAddressEntity) r[1]).map(ShopperAddressPersistenceAdapter::toDomain)));
    }

    @Override
    public Optional<ShippingAddress> find(UUID shopperId, UUID addressId) {
        return Optional.ofNullable(em.find(ShopperAddressEntity.class, addressId))
                .filter(a -> a.shopperId.equals(shopperId))
                .map(ShopperAddressPersistenceAdapter::toDomain);
    }

    @Override
    public void save(ShippingAddress address) {
        ShopperAddressEntity found = em.find(ShopperAddressEntity.class, address.id());
        if (found != null && !found.shopperId.equals(address.shopperId())) {
            throw new IllegalArgumentException("address " + address.id() + " belongs to another shopper");
        }
        ShopperAddressEntity entity = found != null ? found : new ShopperAddressEntity();
        entity.id = address.id();
        entity.shopperId = address.shopperId();
        entity.createdAt = address.createdAt();
        entity.label = address.label();
        entity.line1 = address.line1();
        entity.line2 = address.line2();
        entity.city = address.city();
        entity.postalCode = address.postalCode();
        entity.country = address.country();
        entity.isDefault = address.isDefault();
        // Hibernate takes an insert's values when persist is called, so the entity is complete first.
        if (found == null) {
            em.persist(entity);
        }
    }

    @Override
    public void remove(UUID shopperId, UUID addressId) {
        em.createQuery("delete from ShopperAddressEntity a where a.id = :id and a.shopperId = :shopper")
                .setParameter("id", addressId)
                .setParameter("shopper", shopperId)
                .executeUpdate();
    }

    private static ShippingAddress toDomain(ShopperAddressEntity a) {
        return new ShippingAddress(a.id, a.shopperId, a.label, a.line1, a.line2, a.city, a.postalCode, a.country,
                a.isDefault, a.createdAt);
    }
}
