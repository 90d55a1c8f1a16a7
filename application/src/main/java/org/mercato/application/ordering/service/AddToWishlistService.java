package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.mercato.application.ordering.port.in.AddToWishlistUseCase;
import org.mercato.application.ordering.port.in.SkuOffer;
import org.mercato.application.ordering.port.in.WishlistView;
import org.mercato.application.ordering.port.out.SkuOffersPort;
import org.mercato.application.ordering.port.out.WishlistPort;
import org.mercato.domain.ordering.CartRuleViolation;
import org.mercato.domain.ordering.Wishlist;

@ApplicationScoped
@Transactional
public class AddToWishlistService implements AddToWishlistUseCase {

    private WishlistPort wishlists;
    private SkuOffersPort offers;
    private Clock clock;

    protected AddToWishlistService() {
        // for CDI client proxies
    }

    @Inject
    public AddToWishlistService(WishlistPort wishlists, SkuOffersPort offers, Clock clock) {
        this.wishlists = wishlists;
        this.offers = offers;
        this.clock = clock;
    }

    @Override
    public WishlistView add(UUID accountId, String sku) {
        SkuOffer offer = CartSupport.offer(offers, sku);
        Wishlist wishlist = Wishlist.of(accountId, wishlists.load(accountId));
        try {
            wishlist.add(offer.sku(), clock.instant()).ifPresent(item -> wishlists.add(accountId, item));
        } catch (CartRuleViolation e) {
            throw CartSupport.invalid(e);
        }
        return WishlistViews.view(wishlists, offers, accountId);
    }
}
