package org.mercato.application.common.port.out;

import org.mercato.application.common.RateLimit;

/**
 * Counts requests per limit and key (a client address, an account). Use cases call it before they
 * change anything, so a refused request changes nothing.
 */
@FunctionalInterface
public interface RateLimiter {

    /** Takes one permit, or throws {@code RateLimitedException} when the key has used up its limit. */
    void acquire(RateLimit limit, String key);
}
