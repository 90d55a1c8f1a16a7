package org.mercato.domain.shared;

import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in integer minor units (cents) of one ISO 4217 currency.
 * Integer units keep totals exact; mixing currencies is a programming error and fails loudly.
 */
public record Money(long amount, String currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!isIsoCurrency(currency)) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: " + currency);
        }
    }

    public static Money of(long amount, String currency) {
        return new Money(amount, currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amount, other.amount), currency);
    }

    public Money times(int factor) {
        return new Money(Math.multiplyExact(amount, factor), currency);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(amount, other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
    }

    private static boolean isIsoCurrency(String code) {
        if (code.length() != 3 || !code.equals(code.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
