package org.mercato.domain.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

class CartTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private final UUID account = UUID.randomUUID();
    private final SkuCode a = new SkuCode("DOR-0001-90x200-M-22");
    private final SkuCode b = new SkuCode("DOR-0001-160x200-M-22");

    @Test
    void setting_a_quantity_adds_a_new_line_and_replaces_an_existing_one_in_place() {
        Cart cart = Cart.of(account, List.of());
        cart.setQuantity(a, 2, T0);
        cart.setQuantity(b, 1, T0.plusSeconds(1));
        CartLine changed = cart.setQuantity(a, 7, T0.plusSeconds(2));

        assertThat(changed).isEqualTo(new CartLine(a, 7, T0));
        assertThat(cart.lines()).extracting(CartLine::sku).containsExactly(a, b);
        assertThat(cart.line(a)).get().extracting(CartLine::quantity).isEqualTo(7);
    }

    @Test
    void a_line_holds_one_to_fifty_units() {
        Cart cart = Cart.of(account, List.of());
        assertThat(cart.setQuantity(a, 1, T0).quantity()).isEqualTo(1);
        assertThat(cart.setQuantity(a, 50, T0).quantity()).isEqualTo(50);
        for (int refused : new int[] {0, -1, 51, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> cart.setQuantity(b, refused, T0))
                    .isInstanceOf(CartRuleViolation.class)
                    .satisfies(e -> assertThat(((CartRuleViolation) e).field()).isEqualTo("quantity"));
        }
        assertThat(cart.line(b)).isEmpty();
        assertThatThrownBy(() -> new CartLine(a, 0, T0)).isInstanceOf(CartRuleViolation.class);
    }

    @Test
    void a_cart_holds_at_most_fifty_lines_but_existing_lines_can_still_change() {
        List<CartLine> full = new ArrayList<>();
        for (int i = 0; i < Cart.MAX_LINES; i++) {
            full.add(new CartLine(new SkuCode("SKU-" + i), 1, T0.plusSeconds(i)));
        }
        Cart cart = Cart.of(account, full);

        assertThatThrownBy(() -> cart.setQuantity(a, 1, T0))
                .isInstanceOf(CartRuleViolation.class)
                .hasMessageContaining("at most 50");
        assertThat(cart.setQuantity(new SkuCode("SKU-3"), 9, T0).quantity()).isEqualTo(9);
        assertThat(cart.remove(new SkuCode("SKU-3"))).isTrue();
        assertThat(cart.setQuantity(a, 1, T0).sku()).isEqualTo(a);
    }

    @Test
    void adding_units_sums_them_within_the_line_limit() {
        Cart cart = Cart.of(account, List.of(new CartLine(a, 45, T0)));
        assertThat(cart.add(a, 5, T0.plusSeconds(9))).isEqualTo(new CartLine(a, 50, T0));
        assertThatThrownBy(() -> cart.add(a, 1, T0)).isInstanceOf(CartRuleViolation.class);
        assertThatThrownBy(() -> cart.add(b, 0, T0)).isInstanceOf(CartRuleViolation.class);
        assertThat(cart.add(b, 1, T0.plusSeconds(9))).isEqualTo(new CartLine(b, 1, T0.plusSeconds(9)));
    }

    @Test
    void removing_is_idempotent() {
        Cart cart = Cart.of(account, List.of(new CartLine(a, 1, T0)));
        assertThat(cart.remove(a)).isTrue();
        assertThat(cart.remove(a)).isFalse();
        assertThat(cart.lines()).isEmpty();
    }

    @Test
    void stored_lines_come_back_in_the_order_they_were_added() {
        Cart cart = Cart.of(account, List.of(new CartLine(b, 1, T0.plusSeconds(5)), new CartLine(a, 1, T0)));
        assertThat(cart.lines()).extracting(CartLine::sku).containsExactly(a, b);
        assertThatThrownBy(() -> Cart.of(account, List.of(new CartLine(a, 1, T0), new CartLine(a, 2, T0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void one_cart_one_currency() {
        Cart.requireOneCurrency(Money.of(100, "EUR"), List.of(Money.of(5, "EUR")));
        Cart.requireOneCurrency(Money.of(100, "EUR"), List.of());
        assertThatThrownBy(() -> Cart.requireOneCurrency(Money.of(100, "USD"), List.of(Money.of(5, "EUR"))))
                .isInstanceOf(CartRuleViolation.class)
                .hasMessageContaining("USD").hasMessageContaining("EUR");
    }

    @Test
    void the_total_sums_one_currency_and_is_absent_for_none_or_several() {
        assertThat(Cart.total(List.of(Money.of(100, "EUR"), Money.of(250, "EUR")))).contains(Money.of(350, "EUR"));
        assertThat(Cart.total(List.of())).isEmpty();
        assertThat(Cart.total(List.of(Money.of(100, "EUR"), Money.of(250, "USD")))).isEmpty();
    }

    @Test
    void a_check_compares_the_request_with_what_is_available() {
        assertThat(CartCheckStatus.of(3, OptionalInt.of(3))).isEqualTo(CartCheckStatus.OK);
        assertThat(CartCheckStatus.of(3, OptionalInt.of(2))).isEqualTo(CartCheckStatus.NOT_ENOUGH);
        assertThat(CartCheckStatus.of(1, OptionalInt.of(0))).isEqualTo(CartCheckStatus.NOT_ENOUGH);
        assertThat(CartCheckStatus.of(1, OptionalInt.empty())).isEqualTo(CartCheckStatus.NOT_FOUND);
    }
}
