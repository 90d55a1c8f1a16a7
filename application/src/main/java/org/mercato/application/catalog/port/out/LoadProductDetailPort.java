package org.mercato.application.catalog.port.out;

import java.util.Optional;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.domain.catalog.ProductId;

@FunctionalInterface
public interface LoadProductDetailPort {

    Optional<ProductDetail> loadProductDetail(ProductId id);
}
