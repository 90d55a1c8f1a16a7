package org.mercato.adapters.out.persistence.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import jakarta.inject.Inject;
import org.mercato.application.imports.port.out.CatalogFeedStore;
import org.mercato.domain.catalog.Category;
import org.mercato.domain.catalog.CategoryId;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.Manufacturer;
import org.mercato.domain.catalog.ManufacturerId;
import org.mercato.domain.catalog.MattressSize;
import org.mercato.domain.catalog.Product;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.Sku;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

/** The catalog feed's upserts, by the feed's natural keys (manufacturer name, category slug, product name, SKU code). */
@ApplicationScoped
public class CatalogFeedPersistenceAdapter implements CatalogFeedStore {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Optional<Manufacturer> manufacturerNamed(String name) {
        return em.createQuery("select m from ManufacturerEntity m where m.name = :name", ManufacturerEntity.class)
                .setParameter("name", name)
                .getResultStream().findFirst()
                .map(m -> new Manufacturer(new ManufacturerId(m.id), m.name, m.country));
    }

    @Override
    public void saveManufacturer(Manufacturer manufacturer) {
        // Fields are set before persist: Hibernate takes the insert's values at persist time.
        ManufacturerEntity entity = em.find(ManufacturerEntity.class, manufacturer.id().value());
        boolean isNew = entity == null;
        if (isNew) {
            entity = new ManufacturerEntity();
            entity.id = manufacturer.id().value();
        }
        entity.name = manufacturer.name();
        entity.country = manufacturer.country();
        if (isNew) {
            em.persist(entity);
        }
    }

    @Override
    public Optional<Category> categoryWithSlug(String slug) {
        return em.createQuery("select c from CategoryEntity c where c.slug = :slug", CategoryEntity.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst()
                .map(c -> new Category(new CategoryId(c.id), c.slug, c.name));
    }

    @Override
    public void saveCategory(Category category) {
        CategoryEntity entity = em.find(CategoryEntity.class, category.id().value());
        boolean isNew = entity == null;
        if (isNew) {
            entity = new CategoryEntity();
            entity.id = category.id().value();
            entity.sortOrder = em.createQuery("select coalesce(max(c.sortOrder), 0) from CategoryEntity c", Integer.class)
                    .getSingleResult() + 1;
        }
        entity.slug = category.slug();
        entity.name = category.name();
        if (isNew) {
            em.persist(entity);
        }
    }

    @Override
    public Optional<Product> productNamed(ManufacturerId manufacturer, String name) {
        return em.createQuery("""
                        select p from ProductEntity p
                        join fetch p.manufacturer join fetch p.category
                        where p.manufacturer.id = :manufacturer and p.name = :name
                        order by p.createdAt, p.id""", ProductEntity.class)
                .setParameter("manufacturer", manufacturer.value())
                .setParameter("name", name)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .map(CatalogFeedPersistenceAdapter::toProduct);
    }

    @Override
    public Optional<ProductId> productOfSku(SkuCode sku) {
        return em.createQuery("select s.product.id from SkuEntity s where s.code = :code", java.util.UUID.class)
                .setParameter("code", sku.value())
                .getResultStream().findFirst().map(ProductId::new);
    }

    @Override
    public void saveProduct(Product product) {
        ProductEntity entity = em.find(ProductEntity.class, product.id().value());
        boolean isNew = entity == null;
        if (isNew) {
            entity = new ProductEntity();
            entity.id = product.id().value();
            entity.createdAt = clock.instant();
        }
        entity.name = product.name();
        entity.description = product.description();
        entity.material = product.material();
        entity.manufacturer = em.getReference(ManufacturerEntity.class, product.manufacturerId().value());
        entity.category = em.getReference(CategoryEntity.class, product.categoryId().value());
        entity.attributes.clear();
        entity.attributes.putAll(product.attributes());
        if (isNew) {
            em.persist(entity);
        }
        for (Sku sku : product.skus()) {
            ProductEntity owner = entity;
            SkuEntity row = entity.skus.stream().filter(s -> s.code.equals(sku.code().value())).findFirst().orElseGet(() -> {
                SkuEntity created = new SkuEntity();
                created.code = sku.code().value();
                created.product = owner;
                owner.skus.add(created);
                return created;
            });
            row.sizeCode = sku.size().toString();
            row.firmness = sku.firmness().name();
            row.heightCm = sku.heightCm();
            row.priceAmount = sku.price().amount();
            row.priceCurrency = sku.price().currency();
            if (row.id == null) {
                em.persist(row);
            }
        }
    }

    private static Product toProduct(ProductEntity p) {
        return new Product(new ProductId(p.id), p.name, p.description, p.material, new ManufacturerId(p.manufacturer.id),
                new CategoryId(p.category.id), p.attributes,
                p.skus.stream().map(s -> new Sku(new SkuCode(s.code), MattressSize.parse(s.sizeCode).orElseThrow(),
                        Firmness.valueOf(s.firmness), s.heightCm, Money.of(s.priceAmount, s.priceCurrency))).toList());
    }
}
