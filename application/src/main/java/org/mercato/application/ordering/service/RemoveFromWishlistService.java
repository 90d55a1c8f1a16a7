package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.mercato.application.ordering.port.in.RemoveFromWishlistUseCase;
import org.mercato.application.ordering.port.in.WishlistView;
import org.mercato.application.ordering.port.out.SkuOffersPort;
import org.mercato.application.ordering.port.out.WishlistPort;

@ApplicationScoped
@Transactional
public class RemoveFromWishlistService implements RemoveFromWishlistUseCase {

    private WishlistPort wishlists;
    private SkuOffersPort offers;

    protected RemoveFromWishlistService() {
        // for CDI client proxies
    }

    @Inject
    public RemoveFromWishlistService(WishlistPort wishlists, SkuOffersPort offers) {
        this.wishlists = wishlists;
        this.offers = offers;
    }

    @Override
    public WishlistView remove(UUID accountId, String sku) {
        // No catalog lookup: an item whose SKU has left the catalog must still be removable.
        CartSupport.code(sku).ifPresent(code -> wishlists.remove(accountId, code));
        return WishlistViews.view(wishlists, offers, accountId);
    }
}
