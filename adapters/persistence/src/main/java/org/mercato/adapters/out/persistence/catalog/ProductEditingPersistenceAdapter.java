package org.mercato.adapters.out.persistence.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.application.catalog.port.in.ProductEditorView.EditableSku;
import org.mercato.application.catalog.port.out.LoadProductListPort;
import org.mercato.application.catalog.port.out.ProductEditingPort;
import org.mercato.application.common.ConflictException;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.MattressSize;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

/**
 * The product editor's reads and writes. Writes change the managed entities rather than running bulk
 * updates, so that every listener of the persistence model (such as a search index) sees them.
 */
@ApplicationScoped
public class ProductEditingPersistenceAdapter implements ProductEditingPort, LoadProductListPort {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    /** How long an editor waits for another editor's lock on the same product (mercato.catalog.lock-timeout-ms). */
    @Inject
    @ConfigProperty(name = "mercato.catalog.lock-timeout-ms", defaultValue = "3000")
    int lockTimeoutMs;

    @Override
    public ProductListSlice loadProductList(String nameContains, int page, int size) {
        // The condition is added only when used: PostgreSQL cannot type a null parameter in "? is null".
        String where = nameContains == null ? "" : " where lower(p.name) like :pattern escape '\\'";
        TypedQuery<Long> count = em.createQuery("select count(p) from ProductEntity p" + where, Long.class);
        TypedQuery<Object[]> rows = em.createQuery(
                "select p.id, p.name, m.name, c.name, count(s.id), min(s.priceAmount), min(s.priceCurrency)"
                        + " from ProductEntity p join p.manufacturer m join p.category c left join p.skus s" + where
                        + " group by p.id, p.name, m.name, c.name order by p.name, p.id", Object[].class);
        if (nameContains != null) {
            String pattern = "%" + likeEscaped(nameContains.toLowerCase(Locale.ROOT)) + "%";
            count.setParameter("pattern", pattern);
            rows.setParameter("pattern", pattern);
        }
        List<Object[]> found = rows.setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList();
        Map<UUID, List<ProductImageEntity>> images = imagesOf(found.stream().map(row -> (UUID) row[0]).toList());
        List<ProductListEntry> entries = found.stream().map(row -> {
            UUID id = (UUID) row[0];
            List<ProductImageEntity> own = images.getOrDefault(id, List.of());
            return new ProductListEntry(new ProductId(id), (String) row[1], (String) row[2], (String) row[3],
                    ((Number) row[4]).intValue(),
                    row[5] == null ? null : Money.of(((Number) row[5]).longValue(), (String) row[6]),
                    own.size(), own.isEmpty() ? null : ProductImagePersistenceAdapter.key(own.get(0).objectKey));
        }).toList();
        return new ProductListSlice(entries, count.getSingleResult());
    }

    private Map<UUID, List<ProductImageEntity>> imagesOf(List<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select i from ProductImageEntity i
                        where i.productId in :products
                        order by i.position, i.createdAt, i.id""", ProductImageEntity.class)
                .setParameter("products", productIds)
                .getResultStream()
                .collect(Collectors.groupingBy(i -> i.productId));
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public Optional<ProductForEditing> loadForEditing(ProductId id) {
        return em.createQuery("""
                        select p from ProductEntity p
                        join fetch p.manufacturer join fetch p.category
                        where p.id = :id""", ProductEntity.class)
                .setParameter("id", id.value())
                .getResultStream()
                .findFirst()
                .map(p -> new ProductForEditing(new ProductId(p.id), p.name, p.description, p.material, p.manufacturer.name,
                        p.category.name, new HashMap<>(p.attributes),
                        p.skus.stream().map(ProductEditingPersistenceAdapter::toEditable).toList()));
    }

    private static EditableSku toEditable(SkuEntity s) {
        String size = MattressSize.parse(s.sizeCode).map(MattressSize::toString).orElse(s.sizeCode);
        String firmness = Firmness.parse(s.firmness).map(Firmness::code).orElse(s.firmness);
        return new EditableSku(s.code, size, firmness, s.heightCm, Money.of(s.priceAmount, s.priceCurrency));
    }

    @Override
    public boolean lockProduct(ProductId id) {
        try {
            return em.find(ProductEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE,
                    Map.of("jakarta.persistence.lock.timeout", lockTimeoutMs)) != null;
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new ConflictException("product-busy", "someone else is changing this product right now; try again");
        }
    }

    @Override
    public boolean updateDetails(ProductId id, String name, String description, String material,
            Map<String, String> attributes) {
        ProductEntity product = em.find(ProductEntity.class, id.value());
        if (product == null) {
            return false;
        }
        product.name = name;
        product.description = description;
        product.material = material;
        // Keys that stay keep their rows: only removed, changed and new attributes are written.
        product.attributes.keySet().retainAll(attributes.keySet());
        product.attributes.putAll(attributes);
        em.flush();
        return true;
    }

    @Override
    public void changePrices(ProductId id, Map<SkuCode, Money> prices) {
        Map<String, Money> byCode = prices.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
        em.createQuery("select s from SkuEntity s where s.product.id = :product and s.code in :codes", SkuEntity.class)
                .setParameter("product", id.value())
                .setParameter("codes", byCode.keySet())
                .getResultStream()
                .forEach(sku -> {
                    Money price = byCode.get(sku.code);
                    sku.priceAmount = price.amount();
                    sku.priceCurrency = price.currency();
                });
        em.flush();
    }
}
