package org.mercato.application.ordering.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The reading side of the outbox, for the relay that publishes events to JMS: it takes the oldest
 * unpublished events, publishes each (consumers deduplicate by {@code eventId}, so a crash between
 * publishing and marking only causes a duplicate), then marks them.
 */
public interface OutboxRelayPort {

    /** The oldest unpublished events, locked so that two relays never take the same one. */
    List<OutboxEntry> lockUnpublished(int limit);

    void markPublished(List<Long> ids, Instant at);

    long countUnpublished();

    record OutboxEntry(long id, UUID eventId, String type, String aggregateType, UUID aggregateId, String payload, Instant occurredAt) {
    }
}
