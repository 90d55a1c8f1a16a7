package org.mercato.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void adds_and_multiplies_in_minor_units() {
        assertThat(Money.of(129_900, "EUR").plus(Money.of(100, "EUR")).times(2)).isEqualTo(Money.of(260_000, "EUR"));
    }

    @Test
    void refuses_to_mix_currencies() {
        assertThatThrownBy(() -> Money.of(1, "EUR").plus(Money.of(1, "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accepts_only_iso_currency_codes() {
        assertThatThrownBy(() -> Money.of(1, "eur")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(1, "XYZW")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(1, "QQQ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ids_that_are_not_uuids_are_not_found_rather_than_errors() {
        assertThat(Ids.parse("not-a-uuid")).isEmpty();
        assertThat(Ids.parse(null)).isEmpty();
        assertThat(Ids.parse("00000000-0000-0000-0000-00000000000g")).isEmpty();
        assertThat(Ids.parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301")).isPresent();
    }
}
