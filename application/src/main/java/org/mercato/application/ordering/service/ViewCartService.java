package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.mercato.application.ordering.port.in.CartView;
import org.mercato.application.ordering.port.in.ViewCartUseCase;
import org.mercato.application.ordering.port.out.CartLinesPort;
import org.mercato.application.ordering.port.out.SkuOffersPort;

@ApplicationScoped
@Transactional
public class ViewCartService implements ViewCartUseCase {

    private CartLinesPort lines;
    private SkuOffersPort offers;

    protected ViewCartService() {
        // for CDI client proxies
    }

    @Inject
    public ViewCartService(CartLinesPort lines, SkuOffersPort offers) {
        this.lines = lines;
        this.offers = offers;
    }

    @Override
    public CartView cart(UUID accountId) {
        return CartSupport.view(lines, offers, accountId);
    }
}
