package org.mercato.application.ordering.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mercato.domain.ordering.OrderId;

/** The Idempotency-Keys of order placement, per shopper (SPEC decision 6). */
public interface OrderIdempotencyKeys {

    Optional<StoredKey> find(UUID accountId, String key);

    /**
     * Records which order each key placed. When a concurrent request with one of these keys got there
     * first, waits for it to commit and throws {@link DuplicateRequestException}.
     */
    void store(List<NewKey> keys);

    record StoredKey(String requestHash, OrderId order) {
    }

    record NewKey(UUID accountId, String key, String requestHash, OrderId order, Instant at) {
    }

    /** A twin request with the same key committed first; retrying answers with its order. */
    class DuplicateRequestException extends RuntimeException {

        public DuplicateRequestException(String message) {
            super(message);
        }
    }
}
