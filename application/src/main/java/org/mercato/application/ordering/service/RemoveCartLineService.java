package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.mercato.application.ordering.port.in.CartView;
import org.mercato.application.ordering.port.in.RemoveCartLineUseCase;
import org.mercato.application.ordering.port.out.CartLinesPort;
import org.mercato.application.ordering.port.out.SkuOffersPort;

@ApplicationScoped
@Transactional
public class RemoveCartLineService implements RemoveCartLineUseCase {

    private CartLinesPort lines;
    private SkuOffersPort offers;

    protected RemoveCartLineService() {
        // for CDI client proxies
    }

    @Inject
    public RemoveCartLineService(CartLinesPort lines, SkuOffersPort offers) {
        this.lines = lines;
        this.offers = offers;
    }

    @Override
    public CartView remove(UUID accountId, String sku) {
        // No catalog lookup: a line whose SKU has left the catalog must still be removable.
        CartSupport.code(sku).ifPresent(code -> lines.remove(accountId, List.of(code)));
        return CartSupport.view(lines, offers, accountId);
    }
}
