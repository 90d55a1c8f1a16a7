package org.mercato.portal.warehouse.products;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mercato.domain.shared.Money;

class PricesTest {

    @Test
    void typed_prices_become_minor_units_with_a_dot_or_a_comma() {
        assertThat(Prices.parseMinorUnits("849.00", "EUR")).contains(84_900L);
        assertThat(Prices.parseMinorUnits(" 849,5 ", "EUR")).contains(84_950L);
        assertThat(Prices.parseMinorUnits("849", "EUR")).contains(84_900L);
        assertThat(Prices.parseMinorUnits("1 299.99", "EUR")).contains(129_999L);
        assertThat(Prices.parseMinorUnits("0", "EUR")).as("the use case refuses it, with its own message").contains(0L);
        assertThat(Prices.parseMinorUnits("84900", "JPY")).contains(84_900L);
        assertThat(Prices.parseMinorUnits("849.10", "EUR")).contains(84_910L);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12.345", "-5", "1e3", "abc", "849.00 EUR", "1.000,00", "9999999999999", "12.5"})
    void anything_else_is_unreadable(String typed) {
        String currency = "12.5".equals(typed) ? "JPY" : "EUR";
        assertThat(Prices.parseMinorUnits(typed, currency)).as(typed + " in " + currency).isEmpty();
    }

    @Test
    void prices_are_shown_with_the_currency_decimals() {
        assertThat(Prices.format(Money.of(84_900, "EUR"))).isEqualTo("849.00");
        assertThat(Prices.format(Money.of(5, "EUR"))).isEqualTo("0.05");
        assertThat(Prices.format(Money.of(84_900, "JPY"))).isEqualTo("84900");
        assertThat(Prices.formatWithCurrency(Money.of(38_399, "EUR"))).isEqualTo("383.99 EUR");
        assertThat(Prices.example("EUR")).isEqualTo("849.00");
        assertThat(Prices.example("JPY")).isEqualTo("849");
    }
}
