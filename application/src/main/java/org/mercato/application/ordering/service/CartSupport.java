package org.mercato.application.ordering.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.common.NotFoundException;
import org.mercato.application.ordering.port.in.CartView;
import org.mercato.application.ordering.port.in.SkuOffer;
import org.mercato.application.ordering.port.out.CartLinesPort;
import org.mercato.application.ordering.port.out.SkuOffersPort;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.ordering.Cart;
import org.mercato.domain.ordering.CartLine;
import org.mercato.domain.ordering.CartRuleViolation;
import org.mercato.domain.shared.Money;

/** What the cart and wishlist use cases share: reading SKU codes, pricing a cart, translating rule breaks. */
final class CartSupport {

    private CartSupport() {
    }

    /** A code that cannot be a SKU is as unknown as one the catalog lacks. */
    static Optional<SkuCode> code(String text) {
        return SkuCode.isValid(text) ? Optional.of(new SkuCode(text)) : Optional.empty();
    }

    static NotFoundException unknownSku(String text) {
        return new NotFoundException("sku", "There is no SKU " + text + ".");
    }

    /** The SKU's current offer; unknown (or malformed) codes are not found. */
    static SkuOffer offer(SkuOffersPort offers, String text) {
        SkuCode sku = code(text).orElseThrow(() -> unknownSku(text));
        return Optional.ofNullable(offers.offers(List.of(sku)).get(sku)).orElseThrow(() -> unknownSku(text));
    }

    static InvalidInputException invalid(CartRuleViolation violation) {
        return new InvalidInputException(List.of(new InvalidInputException.FieldViolation(violation.field(),
                violation.getMessage())));
    }

    static CartView view(CartLinesPort lines, SkuOffersPort offers, UUID accountId) {
        return view(Cart.of(accountId, lines.load(accountId)), offers);
    }

    /** The cart priced now: one query for the offers of all its lines. */
    static CartView view(Cart cart, SkuOffersPort offers) {
        List<CartLine> lines = cart.lines();
        Map<SkuCode, SkuOffer> current = lines.isEmpty() ? Map.of() : offers.offers(lines.stream().map(CartLine::sku).toList());
        List<CartView.Item> items = new ArrayList<>();
        List<Money> lineTotals = new ArrayList<>();
        for (CartLine line : lines) {
            CartView.Item item = new CartView.Item(line.sku(), line.quantity(), Optional.ofNullable(current.get(line.sku())));
            item.lineTotal().ifPresent(lineTotals::add);
            items.add(item);
        }
        return new CartView(items, Cart.total(lineTotals));
    }

    /**
     * Current prices of the cart's other lines, for the one-currency rule; lines whose SKU left the
     * catalog have none and do not count.
     */
    static List<Money> otherPrices(Cart cart, SkuCode except, SkuOffersPort offers) {
        List<SkuCode> others = cart.lines().stream().map(CartLine::sku).filter(s -> !s.equals(except)).toList();
        if (others.isEmpty()) {
            return List.of();
        }
        return offers.offers(others).values().stream().map(SkuOffer::price).toList();
    }
}
