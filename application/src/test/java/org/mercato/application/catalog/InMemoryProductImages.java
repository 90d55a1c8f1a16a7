package org.mercato.application.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.mercato.application.catalog.port.out.ProductImagesPort;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.domain.catalog.ProductId;

/** Product images in a list, ordered as the database orders them: by position. */
class InMemoryProductImages implements ProductImagesPort {

    final List<StoredProductImage> rows = new ArrayList<>();

    @Override
    public List<StoredProductImage> imagesOf(ProductId product) {
        return rows.stream().filter(row -> row.productId().equals(product))
                .sorted(Comparator.comparingInt(StoredProductImage::position)).toList();
    }

    @Override
    public Map<ProductId, ObjectKey> mainImagesOf(Collection<ProductId> products) {
        Map<ProductId, ObjectKey> main = new HashMap<>();
        products.forEach(p -> imagesOf(p).stream().findFirst().ifPresent(image -> main.put(p, image.key())));
        return main;
    }

    @Override
    public void add(StoredProductImage image) {
        rows.add(image);
    }

    @Override
    public void remove(UUID imageId) {
        rows.removeIf(row -> row.id().equals(imageId));
    }

    @Override
    public void reorder(ProductId product, List<UUID> imageIds) {
        for (int i = 0; i < imageIds.size(); i++) {
            UUID id = imageIds.get(i);
            int position = i;
            rows.replaceAll(row -> row.id().equals(id) ? new StoredProductImage(row.id(), row.productId(), row.key(), position,
                    row.contentType(), row.sizeBytes(), row.createdBy(), row.createdAt()) : row);
        }
    }
}
