package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.mercato.application.ordering.port.in.CartView;
import org.mercato.application.ordering.port.in.SetCartQuantityCommand;
import org.mercato.application.ordering.port.in.SetCartQuantityUseCase;
import org.mercato.application.ordering.port.in.SkuOffer;
import org.mercato.application.ordering.port.out.CartLinesPort;
import org.mercato.application.ordering.port.out.SkuOffersPort;
import org.mercato.domain.ordering.Cart;
import org.mercato.domain.ordering.CartLine;
import org.mercato.domain.ordering.CartRuleViolation;

@ApplicationScoped
@Transactional
public class SetCartQuantityService implements SetCartQuantityUseCase {

    private CartLinesPort lines;
    private SkuOffersPort offers;
    private Clock clock;

    protected SetCartQuantityService() {
        // for CDI client proxies
    }

    @Inject
    public SetCartQuantityService(CartLinesPort lines, SkuOffersPort offers, Clock clock) {
        this.lines = lines;
        this.offers = offers;
        this.clock = clock;
    }

    @Override
    public CartView setQuantity(SetCartQuantityCommand command) {
        SkuOffer offer = CartSupport.offer(offers, command.sku());
        Cart cart = Cart.of(command.accountId(), lines.load(command.accountId()));
        try {
            Cart.requireOneCurrency(offer.price(), CartSupport.otherPrices(cart, offer.sku(), offers));
            // Stock is not checked here: the cart may ask for more than is available (the check and
            // the order placement say so); only placement reserves.
            CartLine line = cart.setQuantity(offer.sku(), command.quantity(), clock.instant());
            lines.store(command.accountId(), line);
        } catch (CartRuleViolation e) {
            throw CartSupport.invalid(e);
        }
        return CartSupport.view(cart, offers);
    }
}
