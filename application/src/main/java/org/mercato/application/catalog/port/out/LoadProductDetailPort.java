package org.mercato.application.catalog.port.out;

import java.util.Optional;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.domain.catalog.ProductId;

/** A product page from the database, without images: their URLs come from {@link ProductImagesPort}. */
@FunctionalInterface
public interface LoadProductDetailPort {

    Optional<ProductDetail> loadProductDetail(ProductId id);
}
