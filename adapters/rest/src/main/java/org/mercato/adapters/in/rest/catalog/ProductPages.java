package org.mercato.adapters.in.rest.catalog;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.domain.catalog.ProductId;

/**
 * Product pages rendered lately, by product. The product cache hands out the same ProductDetail instance
 * while its entry is unchanged (InfinispanProductDetailCache), so a page is rendered and compressed once;
 * a changed page is a new instance and is rendered again, with a new entity tag.
 */
@ApplicationScoped
public class ProductPages {

    /** Enough for the pages shoppers look at now; a full-scale page costs about 80 KB here. */
    private static final int MAX_RENDERED = 512;

    private final Map<ProductId, ProductPage> rendered = new ConcurrentHashMap<>();
    private final Jsonb jsonb = JsonbBuilder.create();

    public ProductPage of(ProductDetail detail) {
        ProductPage known = rendered.get(detail.id());
        if (known != null && known.detail() == detail) {
            return known;
        }
        ProductPage page = ProductPage.render(detail, jsonb);
        if (rendered.size() >= MAX_RENDERED) {
            rendered.clear();
        }
        rendered.put(detail.id(), page);
        return page;
    }

    @PreDestroy
    void close() throws Exception {
        jsonb.close();
    }
}
