package org.mercato.domain.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mercato.domain.catalog.SkuCode;

class WishlistTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private final UUID account = UUID.randomUUID();
    private final SkuCode a = new SkuCode("DOR-0001-90x200-M-22");

    @Test
    void adding_twice_keeps_one_item_with_its_first_date() {
        Wishlist wishlist = Wishlist.of(account, List.of());
        assertThat(wishlist.add(a, T0)).contains(new WishlistItem(a, T0));
        assertThat(wishlist.add(a, T0.plusSeconds(60))).isEmpty();
        assertThat(wishlist.items()).containsExactly(new WishlistItem(a, T0));
    }

    @Test
    void removing_is_idempotent() {
        Wishlist wishlist = Wishlist.of(account, List.of(new WishlistItem(a, T0)));
        assertThat(wishlist.remove(a)).isTrue();
        assertThat(wishlist.remove(a)).isFalse();
        assertThat(wishlist.items()).isEmpty();
    }

    @Test
    void a_wishlist_is_bounded() {
        List<WishlistItem> full = new ArrayList<>();
        for (int i = 0; i < Wishlist.MAX_ITEMS; i++) {
            full.add(new WishlistItem(new SkuCode("SKU-" + i), T0.plusSeconds(i)));
        }
        Wishlist wishlist = Wishlist.of(account, full);
        assertThat(wishlist.add(new SkuCode("SKU-7"), T0)).as("already there").isEmpty();
        assertThatThrownBy(() -> wishlist.add(a, T0)).isInstanceOf(CartRuleViolation.class);
        assertThat(wishlist.items()).extracting(WishlistItem::sku).first().isEqualTo(new SkuCode("SKU-0"));
    }
}
