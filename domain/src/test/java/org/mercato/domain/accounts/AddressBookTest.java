package org.mercato.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AddressBookTest {

    private final UUID shopper = UUID.randomUUID();

    private ShippingAddress address(String line1, boolean isDefault, int minute) {
        return new ShippingAddress(UUID.randomUUID(), shopper, null, line1, null, "Berlin", "10115", "DE", isDefault,
                Instant.parse("2026-11-22T10:00:00Z").plusSeconds(60L * minute));
    }

    @Test
    void a_preferred_address_becomes_the_only_default() {
        ShippingAddress home = address("Home 1", true, 0);
        ShippingAddress work = address("Work 2", false, 1);
        List<ShippingAddress> settled = AddressBook.settleDefault(List.of(home, work), Optional.of(work.id()));
        assertThat(settled).filteredOn(ShippingAddress::isDefault).extracting(ShippingAddress::id).containsExactly(work.id());
    }

    @Test
    void without_a_default_the_oldest_address_becomes_it() {
        ShippingAddress newer = address("Newer 2", false, 5);
        ShippingAddress older = address("Older 1", false, 1);
        assertThat(AddressBook.settleDefault(List.of(newer, older), Optional.empty()))
                .filteredOn(ShippingAddress::isDefault).extracting(ShippingAddress::id).containsExactly(older.id());
        assertThat(AddressBook.settleDefault(List.of(), Optional.empty())).isEmpty();
    }

    @Test
    void countries_are_iso_alpha_2_codes() {
        assertThat(ShippingAddress.isCountry("DE")).isTrue();
        assertThat(ShippingAddress.isCountry("de")).isFalse();
        assertThat(ShippingAddress.isCountry("XX")).isFalse();
        assertThat(ShippingAddress.isCountry("DEU")).isFalse();
        assertThatThrownBy(() -> new ShippingAddress(UUID.randomUUID(), shopper, null, "x", null, "y", "1", "ZZ", true, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
