package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.mercato.application.ordering.port.in.ViewWishlistUseCase;
import org.mercato.application.ordering.port.in.WishlistView;
import org.mercato.application.ordering.port.out.SkuOffersPort;
import org.mercato.application.ordering.port.out.WishlistPort;

@ApplicationScoped
@Transactional
public class ViewWishlistService implements ViewWishlistUseCase {

    private WishlistPort wishlists;
    private SkuOffersPort offers;

    protected ViewWishlistService() {
        // for CDI client proxies
    }

    @Inject
    public ViewWishlistService(WishlistPort wishlists, SkuOffersPort offers) {
        this.wishlists = wishlists;
        this.offers = offers;
    }

    @Override
    public WishlistView wishlist(UUID accountId) {
        return WishlistViews.view(wishlists, offers, accountId);
    }
}
