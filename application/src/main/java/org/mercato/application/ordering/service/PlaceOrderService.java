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
 * Places an order (R41–R48): the rate limit, then {@link OrderPlacementPreparation} (key check, validation,
 * prices, address), then {@link PlacementGroupCommit}, which reserves the stock and writes the order in
 * one transaction. After a concurrent twin request with the same Idempotency-Key won, one more round
 * answers with the twin's order.
 */
@ApplicationScoped
public class PlaceOrderService implements PlaceOrderUseCase {

    /** Keys are opaque to Mercato; UUIDs are typical. Printable ASCII keeps logs and the database honest. */
    static final int MAX_KEY_LENGTH = 255;

    private RateLimiter rateLimiter;
    private OrderPlacementPreparation preparation;
    private PlacementGroupCommit commits;

    protected PlaceOrderService() {
        // for CDI client proxies
    }

    @Inject
    public PlaceOrderService(RateLimiter rateLimiter, OrderPlacementPreparation preparation, PlacementGroupCommit commits) {
        this.rateLimiter = rateLimiter;
        this.preparation = preparation;
        this.commits = commits;
    }

    @Override
    public Placement place(PlaceOrderCommand command) {
        requireKey(command.idempotencyKey());
        rateLimiter.acquire(RateLimit.ORDER_PLACEMENT_PER_ACCOUNT, command.accountId().toString());
        String fingerprint = RequestFingerprint.of(command);
        try {
            return placeOrReplay(command, fingerprint);
        } catch (DuplicateRequestException twinCommittedFirst) {
            return placeOrReplay(command, fingerprint);
        }
    }

    private Placement placeOrReplay(PlaceOrderCommand command, String fingerprint) {
        OrderPlacementPreparation.Prepared prepared = preparation.prepare(command, fingerprint);
        if (prepared instanceof OrderPlacementPreparation.Replay replay) {
            return replay.placement();
        }
        PendingPlacement pending = (PendingPlacement) prepared;
        commits.commit(pending);
        return new Placement(OrderViews.of(pending.order(), List.of(pending.placement()), pending.order().placedAt()), false);
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidInputException(List.of(new FieldViolation("Idempotency-Key",
                    "must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters without spaces")));
        }
    }
}
