package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.mercato.application.ordering.port.in.CartCheck;
import org.mercato.application.ordering.port.in.CheckCartUseCase;
import org.mercato.application.ordering.port.in.SkuOffer;
import org.mercato.application.ordering.port.out.CartLinesPort;
import org.mercato.application.ordering.port.out.SkuOffersPort;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.ordering.Cart;
import org.mercato.domain.ordering.CartCheckStatus;
import org.mercato.domain.ordering.CartLine;

@ApplicationScoped
@Transactional
public class CheckCartService implements CheckCartUseCase {

    private CartLinesPort lines;
    private SkuOffersPort offers;

    protected CheckCartService() {
        // for CDI client proxies
    }

    @Inject
    public CheckCartService(CartLinesPort lines, SkuOffersPort offers) {
        this.lines = lines;
        this.offers = offers;
    }

    @Override
    public CartCheck check(UUID accountId) {
        List<CartLine> cart = Cart.of(accountId, lines.load(accountId)).lines();
        Map<SkuCode, SkuOffer> current = cart.isEmpty() ? Map.of() : offers.offers(cart.stream().map(CartLine::sku).toList());
        List<CartCheck.Item> items = cart.stream().map(line -> {
            SkuOffer offer = current.get(line.sku());
            OptionalInt available = offer == null ? OptionalInt.empty() : OptionalInt.of(offer.available());
            return new CartCheck.Item(line.sku(), line.quantity(), available.orElse(0),
                    CartCheckStatus.of(line.quantity(), available));
        }).toList();
        // An empty cart cannot be ordered, so it does not pass the check.
        boolean ok = !items.isEmpty() && items.stream().allMatch(i -> i.status() == CartCheckStatus.OK);
        return new CartCheck(ok, items);
    }
}
