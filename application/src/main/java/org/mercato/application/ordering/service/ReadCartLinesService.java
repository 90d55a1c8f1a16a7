package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.mercato.application.ordering.port.in.CartLineQuantity;
import org.mercato.application.ordering.port.in.ReadCartLinesUseCase;
import org.mercato.application.ordering.port.out.CartLinesPort;
import org.mercato.domain.ordering.Cart;

@ApplicationScoped
@Transactional
public class ReadCartLinesService implements ReadCartLinesUseCase {

    private CartLinesPort lines;

    protected ReadCartLinesService() {
        // for CDI client proxies
    }

    @Inject
    public ReadCartLinesService(CartLinesPort lines) {
        this.lines = lines;
    }

    @Override
    public List<CartLineQuantity> cartLines(UUID accountId) {
        return Cart.of(accountId, lines.load(accountId)).lines().stream()
                .map(l -> new CartLineQuantity(l.sku(), l.quantity()))
                .toList();
    }
}
