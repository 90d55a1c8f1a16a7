package org.mercato.adapters.in.rest.support;

import org.mercato.domain.shared.Money;

/** Money on the wire: integer minor units and an ISO 4217 code, e.g. {@code {"amount": 129900, "currency": "EUR"}}. */
public record MoneyJson(long amount, String currency) {

    public static MoneyJson of(Money money) {
        return new MoneyJson(money.amount(), money.currency());
    }
}
