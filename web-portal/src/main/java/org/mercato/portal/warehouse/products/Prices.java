package org.mercato.portal.warehouse.products;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mercato.domain.shared.Money;

/** Prices as staff read and type them: major units with the currency's decimals ({@code 849.00}). */
final class Prices {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,12}([.,]\\d+)?");

    private Prices() {
    }

    static String format(Money money) {
        return money == null ? "" : BigDecimal.valueOf(money.amount(), digits(money.currency())).toPlainString();
    }

    static String formatWithCurrency(Money money) {
        return money == null ? "" : format(money) + " " + money.currency();
    }

    /**
     * The minor units of a typed price: digits with at most the currency's decimals, a dot or a comma
     * before them. Empty for anything else, including a price with more decimals than the currency has.
     */
    static Optional<Long> parseMinorUnits(String text, String currency) {
        String typed = text == null ? "" : text.strip().replace(" ", "");
        if (!NUMBER.matcher(typed).matches()) {
            return Optional.empty();
        }
        BigDecimal major = new BigDecimal(typed.replace(',', '.'));
        BigDecimal minor = major.movePointRight(digits(currency));
        if (minor.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        return Optional.of(minor.longValueExact());
    }

    /** How a price of this currency is typed: {@code 849.00} for EUR, {@code 849} for JPY. */
    static String example(String currency) {
        return BigDecimal.valueOf(849).setScale(digits(currency)).toPlainString();
    }

    static int digits(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }
}
