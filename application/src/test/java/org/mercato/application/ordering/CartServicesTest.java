package org.mercato.application.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.common.NotFoundException;
import org.mercato.application.ordering.port.in.CartCheck;
import org.mercato.application.ordering.port.in.CartLineQuantity;
import org.mercato.application.ordering.port.in.CartView;
import org.mercato.application.ordering.port.in.SetCartQuantityCommand;
import org.mercato.application.ordering.port.in.SkuOffer;
import org.mercato.application.ordering.port.out.CartLinesPort;
import org.mercato.application.ordering.port.out.SkuOffersPort;
import org.mercato.application.ordering.port.out.WishlistPort;
import org.mercato.application.ordering.service.AddToWishlistService;
import org.mercato.application.ordering.service.CheckCartService;
import org.mercato.application.ordering.service.ClearCartLinesService;
import org.mercato.application.ordering.service.MoveWishlistItemToCartService;
import org.mercato.application.ordering.service.ReadCartLinesService;
import org.mercato.application.ordering.service.RemoveCartLineService;
import org.mercato.application.ordering.service.SetCartQuantityService;
import org.mercato.application.ordering.service.ViewCartService;
import org.mercato.application.ordering.service.ViewWishlistService;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.ordering.CartCheckStatus;
import org.mercato.domain.ordering.CartLine;
import org.mercato.domain.ordering.WishlistItem;
import org.mercato.domain.shared.Money;

class CartServicesTest {

    private static final SkuCode A = new SkuCode("DOR-0001-90x200-M-22");
    private static final SkuCode B = new SkuCode("DOR-0001-160x200-M-22");
    private static final SkuCode DOLLARS = new SkuCode("US-0001-90x200-M-22");

    private final UUID anna = UUID.randomUUID();
    private final UUID ben = UUID.randomUUID();
    private final Clock clock = new TickingClock();
    private final InMemoryCart carts = new InMemoryCart();
    private final InMemoryWishlist wishlists = new InMemoryWishlist();
    /** The catalog "now": tests change prices and stock or remove SKUs here. */
    private final Map<SkuCode, SkuOffer> catalog = new HashMap<>();
    private final SkuOffersPort offers = codes -> {
        Map<SkuCode, SkuOffer> found = new HashMap<>();
        codes.forEach(c -> {
            if (catalog.containsKey(c)) {
                found.put(c, catalog.get(c));
            }
        });
        return found;
    };

    private final SetCartQuantityService setQuantity = new SetCartQuantityService(carts, offers, clock);
    private final ViewCartService viewCart = new ViewCartService(carts, offers);
    private final CheckCartService check = new CheckCartService(carts, offers);

    CartServicesTest() {
        offer(A, 1_000, "EUR", 5);
        offer(B, 2_500, "EUR", 0);
        offer(DOLLARS, 900, "USD", 10);
    }

    private void offer(SkuCode sku, long price, String currency, int available) {
        catalog.put(sku, new SkuOffer(sku, new ProductId(UUID.nameUUIDFromBytes(sku.value().getBytes())), "Model " + sku,
                Money.of(price, currency), available));
    }

    private CartView set(UUID account, SkuCode sku, Integer quantity) {
        return setQuantity.setQuantity(new SetCartQuantityCommand(account, sku.value(), quantity));
    }

    @Test
    void prices_and_availability_are_read_now_not_stored() {
        set(anna, A, 2);
        set(anna, B, 1);
        offer(A, 1_200, "EUR", 1);

        CartView cart = viewCart.cart(anna);
        assertThat(cart.items()).extracting(CartView.Item::sku).containsExactly(A, B);
        assertThat(cart.items().get(0).lineTotal()).contains(Money.of(2_400, "EUR"));
        assertThat(cart.items().get(0).available()).isEqualTo(1);
        assertThat(cart.total()).contains(Money.of(4_900, "EUR"));
        assertThat(viewCart.cart(ben).items()).isEmpty();
        assertThat(viewCart.cart(ben).total()).isEmpty();
    }

    @Test
    void bad_quantities_unknown_skus_and_a_second_currency_are_refused_and_change_nothing() {
        set(anna, A, 2);
        assertThatThrownBy(() -> set(anna, A, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> set(anna, A, 51)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> set(anna, A, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("quantity is required");
        assertThatThrownBy(() -> setQuantity.setQuantity(new SetCartQuantityCommand(anna, "NOPE-1", 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> setQuantity.setQuantity(new SetCartQuantityCommand(anna, "not a code", 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> set(anna, DOLLARS, 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("one currency");
        assertThat(carts.load(anna)).extracting(CartLine::sku, CartLine::quantity).containsExactly(org.assertj.core.groups.Tuple.tuple(A, 2));
        assertThat(set(ben, DOLLARS, 1).total()).as("another cart, another currency").contains(Money.of(900, "USD"));
    }

    @Test
    void the_check_reports_ok_not_enough_and_not_found() {
        assertThat(check.check(anna).ok()).as("empty").isFalse();
        set(anna, A, 5);
        assertThat(check.check(anna).ok()).isTrue();
        set(anna, B, 1);
        SkuCode leaving = new SkuCode("GONE-1");
        offer(leaving, 100, "EUR", 3);
        set(anna, leaving, 2);
        catalog.remove(leaving);

        CartCheck result = check.check(anna);
        assertThat(result.ok()).isFalse();
        assertThat(result.items()).containsExactly(
                new CartCheck.Item(A, 5, 5, CartCheckStatus.OK),
                new CartCheck.Item(B, 1, 0, CartCheckStatus.NOT_ENOUGH),
                new CartCheck.Item(leaving, 2, 0, CartCheckStatus.NOT_FOUND));
        CartView cart = viewCart.cart(anna);
        assertThat(cart.items().get(2).offer()).isEmpty();
        assertThat(cart.total()).as("a line without a price counts for nothing").contains(Money.of(7_500, "EUR"));
        assertThat(new RemoveCartLineService(carts, offers).remove(anna, "GONE-1").items()).hasSize(2);
    }

    @Test
    void order_placement_reads_the_lines_and_clears_only_those_it_took() {
        set(anna, A, 3);
        set(anna, B, 1);
        assertThat(new ReadCartLinesService(carts).cartLines(anna))
                .containsExactly(new CartLineQuantity(A, 3), new CartLineQuantity(B, 1));
        new ClearCartLinesService(carts).clear(anna, List.of(A, new SkuCode("NOT-IN-CART")));
        assertThat(new ReadCartLinesService(carts).cartLines(anna)).containsExactly(new CartLineQuantity(B, 1));
    }

    @Test
    void moving_to_the_cart_adds_units_and_leaves_the_wishlist_only_when_the_cart_takes_them() {
        AddToWishlistService wish = new AddToWishlistService(wishlists, offers, clock);
        MoveWishlistItemToCartService move = new MoveWishlistItemToCartService(wishlists, carts, offers, clock);
        wish.add(anna, A.value());
        wish.add(anna, A.value());
        assertThat(new ViewWishlistService(wishlists, offers).wishlist(anna).items()).hasSize(1);
        assertThatThrownBy(() -> wish.add(anna, "NOPE-1")).isInstanceOf(NotFoundException.class);

        set(anna, A, 48);
        assertThatThrownBy(() -> move.moveToCart(anna, A.value(), 3)).isInstanceOf(InvalidInputException.class);
        assertThat(wishlists.load(anna)).hasSize(1);
        CartView cart = move.moveToCart(anna, A.value(), null);
        assertThat(cart.items().get(0).quantity()).isEqualTo(49);
        assertThat(wishlists.load(anna)).isEmpty();
        assertThatThrownBy(() -> move.moveToCart(anna, A.value(), 1)).isInstanceOf(NotFoundException.class);
    }

    /** Each reading one second later, so lines added one after another keep their order. */
    static final class TickingClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T12:00:00Z");

        @Override
        public Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    static final class InMemoryCart implements CartLinesPort {
        private final Map<UUID, Map<SkuCode, CartLine>> lines = new HashMap<>();

        @Override
        public List<CartLine> load(UUID accountId) {
            return new ArrayList<>(lines.getOrDefault(accountId, Map.of()).values());
        }

        @Override
        public void store(UUID accountId, CartLine line) {
            lines.computeIfAbsent(accountId, a -> new LinkedHashMap<>()).merge(line.sku(), line,
                    (old, now) -> old.withQuantity(now.quantity()));
        }

        @Override
        public void remove(UUID accountId, Collection<SkuCode> skus) {
            skus.forEach(s -> lines.getOrDefault(accountId, new HashMap<>()).remove(s));
        }
    }

    static final class InMemoryWishlist implements WishlistPort {
        private final Map<UUID, Map<SkuCode, WishlistItem>> items = new HashMap<>();

        @Override
        public List<WishlistItem> load(UUID accountId) {
            return new ArrayList<>(items.getOrDefault(accountId, Map.of()).values());
        }

        @Override
        public void add(UUID accountId, WishlistItem item) {
            items.computeIfAbsent(accountId, a -> new LinkedHashMap<>()).putIfAbsent(item.sku(), item);
        }

        @Override
        public void remove(UUID accountId, SkuCode sku) {
            items.getOrDefault(accountId, new HashMap<>()).remove(sku);
        }
    }
}
