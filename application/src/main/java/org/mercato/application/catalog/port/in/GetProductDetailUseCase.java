package org.mercato.application.catalog.port.in;

import java.util.Optional;
import org.mercato.domain.catalog.ProductId;

/** One product with its SKUs and what is available of each; empty when there is no such product. */
public interface GetProductDetailUseCase {

    Optional<ProductDetail> getProductDetail(ProductId id);
}
