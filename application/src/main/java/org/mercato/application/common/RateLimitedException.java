package org.mercato.application.common;

import java.time.Duration;

/** Too many requests of one kind from one client (HTTP 429); {@code retryAfter} says when to try again. */
public class RateLimitedException extends RuntimeException {

    private final transient RateLimit limit;
    private final transient Duration retryAfter;

    public RateLimitedException(RateLimit limit, Duration retryAfter) {
        super("rate limit " + limit.configName() + " reached; retry after " + retryAfter.toSeconds() + " s");
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public RateLimit limit() {
        return limit;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
