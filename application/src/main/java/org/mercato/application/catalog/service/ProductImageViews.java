package org.mercato.application.catalog.service;

import java.util.List;
import org.mercato.application.catalog.port.in.ProductEditorView.ProductImage;
import org.mercato.application.catalog.port.out.ProductImagesPort.StoredProductImage;
import org.mercato.application.storage.service.PublicObjectUrls;

/** Stored images as callers see them: by their public URL, never by their storage key. */
final class ProductImageViews {

    private ProductImageViews() {
    }

    static ProductImage view(StoredProductImage image, PublicObjectUrls urls) {
        return new ProductImage(image.id(), urls.urlOf(image.key()), image.contentType(), image.sizeBytes(),
                image.createdBy(), image.createdAt());
    }

    static List<String> urls(List<StoredProductImage> images, PublicObjectUrls urls) {
        return images.stream().map(image -> urls.urlOf(image.key())).toList();
    }
}
