package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.mercato.application.common.NotFoundException;
import org.mercato.application.common.Violations;
import org.mercato.application.ordering.port.in.CartView;
import org.mercato.application.ordering.port.in.MoveWishlistItemToCartUseCase;
import org.mercato.application.ordering.port.in.SkuOffer;
import org.mercato.application.ordering.port.out.CartLinesPort;
import org.mercato.application.ordering.port.out.SkuOffersPort;
import org.mercato.application.ordering.port.out.WishlistPort;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.ordering.Cart;
import org.mercato.domain.ordering.CartLine;
import org.mercato.domain.ordering.CartRuleViolation;
import org.mercato.domain.ordering.Wishlist;

@ApplicationScoped
@Transactional
public class MoveWishlistItemToCartService implements MoveWishlistItemToCartUseCase {

    private WishlistPort wishlists;
    private CartLinesPort lines;
    private SkuOffersPort offers;
    private Clock clock;

    protected MoveWishlistItemToCartService() {
        // for CDI client proxies
    }

    @Inject
    public MoveWishlistItemToCartService(WishlistPort wishlists, CartLinesPort lines, SkuOffersPort offers, Clock clock) {
        this.wishlists = wishlists;
        this.lines = lines;
        this.offers = offers;
        this.clock = clock;
    }

    @Override
    public CartView moveToCart(UUID accountId, String sku, Integer quantity) {
        int units = quantity == null ? 1 : quantity;
        new Violations().check(Cart.isAllowedQuantity(units), "quantity",
                "must be between " + Cart.MIN_QUANTITY + " and " + Cart.MAX_QUANTITY).throwIfAny();
        SkuCode code = CartSupport.code(sku).orElseThrow(() -> notOnWishlist(sku));
        if (Wishlist.of(accountId, wishlists.load(accountId)).item(code).isEmpty()) {
            throw notOnWishlist(sku);
        }
        SkuOffer offer = CartSupport.offer(offers, sku);
        Cart cart = Cart.of(accountId, lines.load(accountId));
        try {
            Cart.requireOneCurrency(offer.price(), CartSupport.otherPrices(cart, code, offers));
            CartLine line = cart.add(code, units, clock.instant());
            lines.store(accountId, line);
        } catch (CartRuleViolation e) {
            throw CartSupport.invalid(e);
        }
        // Same transaction: if anything after this fails, the item stays on the wishlist and the cart unchanged.
        wishlists.remove(accountId, code);
        return CartSupport.view(cart, offers);
    }

    private static NotFoundException notOnWishlist(String sku) {
        return new NotFoundException("sku", "There is no SKU " + sku + " on your wishlist.");
    }
}
