package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.common.InvalidInputException.FieldViolation;
import org.mercato.application.common.RateLimit;
import org.mercato.application.common.port.out.RateLimiter;
import org.mercato.application.ordering.port.in.PlaceOrderUseCase;
import org.mercato.application.ordering.port.out.OrderIdempotencyKeys.DuplicateRequestException;

/**
 * Places an order (R41–R48). The work happens in {@link OrderPlacementTransaction}; this class adds what
 * must stay outside that transaction: the rate limit, and the single retry after a concurrent twin
 * request with the same Idempotency-Key won, which then answers with the twin's order.
 */
@ApplicationScoped
public class PlaceOrderService implements PlaceOrderUseCase {

    /** Keys are opaque to Mercato; UUIDs are typical. Printable ASCII keeps logs and the database honest. */
    static final int MAX_KEY_LENGTH = 255;

    private RateLimiter rateLimiter;
    private OrderPlacementTransaction placement;

    protected PlaceOrderService() {
        // for CDI client proxies
    }

    @Inject
    public PlaceOrderService(RateLimiter rateLimiter, OrderPlacementTransaction placement) {
        this.rateLimiter = rateLimiter;
        this.placement = placement;
    }

    @Override
    public Placement place(PlaceOrderCommand command) {
        requireKey(command.idempotencyKey());
        rateLimiter.acquire(RateLimit.ORDER_PLACEMENT_PER_ACCOUNT, command.accountId().toString());
        String fingerprint = RequestFingerprint.of(command);
        try {
            return placement.placeOrReplay(command, fingerprint);
        } catch (DuplicateRequestException twinCommittedFirst) {
            return placement.placeOrReplay(command, fingerprint);
        }
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidInputException(List.of(new FieldViolation("Idempotency-Key",
                    "must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters without spaces")));
        }
    }
}
