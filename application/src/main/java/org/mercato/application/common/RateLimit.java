package org.mercato.application.common;

import java.util.Locale;

/**
 * The limits Mercato puts on how often one client may do something. Each is configured as
 * {@code mercato.rate-limit.<name>.capacity} requests per {@code mercato.rate-limit.<name>.period}.
 */
public enum RateLimit {
    SIGN_IN_PER_ADDRESS(30, "PT1M"),
    SIGN_IN_PER_ACCOUNT(10, "PT1M"),
    REGISTRATION_PER_ADDRESS(10, "PT1H"),
    REGISTRATION_PER_ACCOUNT(5, "PT1H"),
    ORDER_PLACEMENT_PER_ACCOUNT(30, "PT1M");

    private final int defaultCapacity;
    private final String defaultPeriod;

    RateLimit(int defaultCapacity, String defaultPeriod) {
        this.defaultCapacity = defaultCapacity;
        this.defaultPeriod = defaultPeriod;
    }

    /** The configuration name: {@code sign-in-per-address}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public int defaultCapacity() {
        return defaultCapacity;
    }

    public String defaultPeriod() {
        return defaultPeriod;
    }
}
