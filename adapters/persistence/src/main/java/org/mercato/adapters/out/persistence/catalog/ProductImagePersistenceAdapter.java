package org.mercato.adapters.out.persistence.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mercato.application.catalog.port.out.ProductImagesPort;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.domain.catalog.ProductId;

@ApplicationScoped
public class ProductImagePersistenceAdapter implements ProductImagesPort {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    // Joins the caller's transaction, or has its own (a product page read on a cache miss has none), so the
    // result stream is read while its persistence context is open.
    @Override
    @Transactional
    public List<StoredProductImage> imagesOf(ProductId product) {
        return em.createQuery("""
                        select i from ProductImageEntity i
                        where i.productId = :product
                        order by i.position, i.createdAt, i.id""", ProductImageEntity.class)
                .setParameter("product", product.value())
                .getResultStream()
                .map(ProductImagePersistenceAdapter::toStored)
                .toList();
    }

    @Override
    public Map<ProductId, ObjectKey> mainImagesOf(Collection<ProductId> products) {
        Map<ProductId, ObjectKey> main = new HashMap<>();
        // Few rows (a page of products, a handful of images each); the first of each product in gallery order wins.
        em.createQuery("""
                        select i.productId, i.objectKey from ProductImageEntity i
                        where i.productId in :products
                        order by i.productId, i.position, i.createdAt, i.id""", Object[].class)
                .setParameter("products", products.stream().map(ProductId::value).toList())
                .getResultStream()
                .forEach(row -> main.putIfAbsent(new ProductId((UUID) row[0]), new ObjectKey((String) row[1])));
        return main;
    }

    @Override
    public void add(StoredProductImage image) {
        ProductImageEntity row = new ProductImageEntity();
        row.id = image.id();
        row.productId = image.productId().value();
        row.objectKey = image.key().value();
        row.position = image.position();
        row.contentType = image.contentType();
        row.sizeBytes = image.sizeBytes();
        row.createdBy = image.createdBy();
        row.createdAt = image.createdAt();
        em.persist(row);
        em.flush();
    }

    @Override
    public void remove(UUID imageId) {
        ProductImageEntity row = em.find(ProductImageEntity.class, imageId);
        if (row != null) {
            em.remove(row);
            em.flush();
        }
    }

    @Override
    public void reorder(ProductId product, List<UUID> imageIds) {
        Map<UUID, ProductImageEntity> rows = em.createQuery(
                        "select i from ProductImageEntity i where i.productId = :product", ProductImageEntity.class)
                .setParameter("product", product.value())
                .getResultStream()
                .collect(Collectors.toMap(row -> row.id, Function.identity()));
        for (int position = 0; position < imageIds.size(); position++) {
            ProductImageEntity row = rows.get(imageIds.get(position));
            if (row != null) {
                row.position = position;
            }
        }
        em.flush();
    }

    /** Entries of the product list carry the key of their first image, if any. */
    static ObjectKey key(String value) {
        return value == null ? null : new ObjectKey(value);
    }

    private static StoredProductImage toStored(ProductImageEntity row) {
        return new StoredProductImage(row.id, new ProductId(row.productId), new ObjectKey(row.objectKey), row.position,
                row.contentType, row.sizeBytes, row.createdBy, row.createdAt);
    }
}
