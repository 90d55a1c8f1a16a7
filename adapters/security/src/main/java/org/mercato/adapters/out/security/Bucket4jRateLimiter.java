package org.mercato.adapters.out.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mercato.application.common.RateLimit;
import org.mercato.application.common.RateLimitedException;
import org.mercato.application.common.port.out.RateLimiter;

/**
 * Token buckets (Bucket4j) per limit and key, in this node's memory: each node enforces the limit on its
 * own share of the traffic. Limits come from {@code mercato.rate-limit.<name>.capacity} and
 * {@code .period}. Buckets that are full again carry no state and are dropped when the table grows, so
 * many distinct clients cannot exhaust memory.
 */
@ApplicationScoped
public class Bucket4jRateLimiter implements RateLimiter {

    private static final int PRUNE_ABOVE = 50_000;

    private final Map<RateLimit, Bandwidth> bandwidths = new EnumMap<>(RateLimit.class);
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public Bucket4jRateLimiter() {
        this(ConfigProvider.getConfig());
    }

    Bucket4jRateLimiter(Config config) {
        for (RateLimit limit : RateLimit.values()) {
            String prefix = "mercato.rate-limit." + limit.configName();
            int capacity = config.getOptionalValue(prefix + ".capacity", Integer.class).orElse(limit.defaultCapacity());
            Duration period = config.getOptionalValue(prefix + ".period", String.class).map(Duration::parse)
                    .orElse(Duration.parse(limit.defaultPeriod()));
            if (capacity < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException(prefix + " needs a capacity of at least 1 and a positive period");
            }
            bandwidths.put(limit, Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build());
        }
    }

    @Override
    public void acquire(RateLimit limit, String key) {
        if (buckets.size() > PRUNE_ABOVE) {
            prune();
        }
        Bucket bucket = buckets.computeIfAbsent(limit.name() + '|' + key,
                any -> Bucket.builder().addLimit(bandwidths.get(limit)).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw new RateLimitedException(limit, Duration.ofSeconds(seconds));
        }
    }

    private void prune() {
        buckets.entrySet().removeIf(e -> {
            RateLimit limit = RateLimit.valueOf(e.getKey().substring(0, e.getKey().indexOf('|')));
            return e.getValue().getAvailableTokens() >= bandwidths.get(limit).getCapacity();
        });
    }
}
