package org.mercato.application.ordering.port.in;

public interface CountUnpublishedEventsUseCase {

    /** Outbox events written but not yet published: the outbox lag. */
    long unpublishedEvents();
}
