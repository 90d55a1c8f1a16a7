package org.mercato.application.catalog.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.domain.catalog.ProductId;

/** The images of products: which stored object each is, and in which order the product shows them. */
public interface ProductImagesPort {

    /** The product's images, first (main picture) first; empty for an unknown product. */
    List<StoredProductImage> imagesOf(ProductId product);

    /** The main (first) image of each of these products that has one: a search page's pictures in one read. */
    Map<ProductId, ObjectKey> mainImagesOf(Collection<ProductId> products);

    void add(StoredProductImage image);

    void remove(UUID imageId);

    /** Gives the product's images the positions 0, 1, ... in the order of {@code imageIds}. */
    void reorder(ProductId product, List<UUID> imageIds);

    record StoredProductImage(UUID id, ProductId productId, ObjectKey key, int position, String contentType, long sizeBytes,
            String createdBy, Instant createdAt) {
    }
}
