package org.mercato.adapters.out.persistence.catalog;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.domain.catalog.CategoryId;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.ManufacturerId;
import org.mercato.domain.catalog.MattressSize;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

/** Translates persistence models into the application's read models. */
final class CatalogMapper {

    private CatalogMapper() {
    }

    static ProductDetail toProductDetail(ProductEntity p, Map<Long, Integer> availableBySkuId) {
        List<ProductDetail.SkuOffer> skus = p.skus.stream()
                .map(s -> new ProductDetail.SkuOffer(
                        new SkuCode(s.code),
                        MattressSize.parse(s.sizeCode).orElseThrow(),
                        Firmness.valueOf(s.firmness),
                        s.heightCm,
                        Money.of(s.priceAmount, s.priceCurrency),
                        availableBySkuId.getOrDefault(s.id, 0)))
                .toList();
        return new ProductDetail(
                new ProductId(p.id), p.name, p.description, p.material,
                new ProductDetail.ManufacturerRef(new ManufacturerId(p.manufacturer.id), p.manufacturer.name),
                new ProductDetail.CategoryRef(new CategoryId(p.category.id), p.category.slug, p.category.name),
                new TreeMap<>(p.attributes), List.of(), skus);
    }
}
