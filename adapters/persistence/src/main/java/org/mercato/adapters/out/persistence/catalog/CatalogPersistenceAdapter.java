package org.mercato.adapters.out.persistence.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mercato.application.catalog.port.in.CategorySummary;
import org.mercato.application.catalog.port.in.ManufacturerSummary;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.application.catalog.port.out.LoadCategoriesPort;
import org.mercato.application.catalog.port.out.LoadManufacturersPort;
import org.mercato.application.catalog.port.out.LoadProductDetailPort;
import org.mercato.domain.catalog.CategoryId;
import org.mercato.domain.catalog.ManufacturerId;
import org.mercato.domain.catalog.ProductId;

@ApplicationScoped
public class CatalogPersistenceAdapter implements LoadCategoriesPort, LoadManufacturersPort, LoadProductDetailPort {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    public List<CategorySummary> loadCategories() {
        return em.createQuery("""
                        select c.id, c.slug, c.name, count(p.id)
                        from CategoryEntity c left join ProductEntity p on p.category = c
                        group by c.id, c.slug, c.name, c.sortOrder
                        order by c.sortOrder""", Object[].class)
                .getResultStream()
                .map(row -> new CategorySummary(new CategoryId((java.util.UUID) row[0]), (String) row[1],
                        (String) row[2], (Long) row[3]))
                .toList();
    }

    @Override
    public List<ManufacturerSummary> loadManufacturers() {
        return em.createQuery("""
                        select m.id, m.name, m.country, count(p.id)
                        from ManufacturerEntity m left join ProductEntity p on p.manufacturer = m
                        group by m.id, m.name, m.country
                        order by m.name""", Object[].class)
                .getResultStream()
                .map(row -> new ManufacturerSummary(new ManufacturerId((java.util.UUID) row[0]), (String) row[1],
                        (String) row[2], (Long) row[3]))
                .toList();
    }

    // Its caller (a cache miss of GetProductDetailService) has no transaction: the lazy SKU and attribute
    // collections need one to load.
    @Override
    @Transactional
    public Optional<ProductDetail> loadProductDetail(ProductId id) {
        List<ProductEntity> found = em.createQuery("""
                        select p from ProductEntity p
                        join fetch p.manufacturer join fetch p.category
                        where p.id = :id""", ProductEntity.class)
                .setParameter("id", id.value())
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ProductEntity product = found.get(0);
        return Optional.of(CatalogMapper.toProductDetail(product, availability(product.id)));
    }

    /** Units available (on hand minus reserved) per SKU id, summed over every warehouse. */
    private Map<Long, Integer> availability(java.util.UUID productId) {
        Map<Long, Integer> available = new HashMap<>();
        em.createQuery("""
                        select s.id, coalesce(sum(st.onHand - st.reserved), 0)
                        from SkuEntity s, StockEntity st
                        where s.product.id = :product and st.id.skuId = s.id
                        group by s.id""", Object[].class)
                .setParameter("product", productId)
                .getResultStream()
                .forEach(row -> available.put((Long) row[0], ((Number) row[1]).intValue()));
        return available;
    }
}
