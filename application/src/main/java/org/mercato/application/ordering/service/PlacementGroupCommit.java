package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.application.common.ServiceUnavailableException;
import org.mercato.application.ordering.port.in.InsufficientStockException;

/**
 * Group commit of placements (ADR 0019). Requests that arrive while a placement transaction runs wait in
 * a queue; when it ends, one of them leads: it commits everything queued (up to a bound) in one
 * {@link OrderPlacementBatch} transaction, on its own request thread, and hands each waiting request its
 * answer. Alone, a request commits by itself at once; under load, the locks, the round trips and the
 * durable commit of one transaction serve many orders, which is what lets one hot SKU take far more
 * orders per second than one transaction per order could (the locked row is the bottleneck).
 *
 * <p>The batches of one node run one after the other; several nodes, and every other stock writer, are
 * kept apart by the row locks as before. When a batch fails as a whole (a database error, a twin
 * Idempotency-Key), each of its placements is retried alone so that one cannot fail the others; a lock
 * timeout fails the batch's placements with 503.
 */
@ApplicationScoped
public class PlacementGroupCommit {

    private static final long PARK_NANOS = 20_000_000;

    private final ReentrantLock leader = new ReentrantLock();
    private final ConcurrentLinkedQueue<Ticket> queue = new ConcurrentLinkedQueue<>();
    private OrderPlacementBatch batch;
    private int maxBatch;

    protected PlacementGroupCommit() {
        // for CDI client proxies
    }

    @Inject
    public PlacementGroupCommit(OrderPlacementBatch batch,
            @ConfigProperty(name = "mercato.order.placement.max-batch", defaultValue = "64") int maxBatch) {
        this.batch = batch;
        this.maxBatch = Math.max(1, maxBatch);
    }

    /** Commits this placement, alone or with others; throws {@link InsufficientStockException} when it is short. */
    public void commit(PendingPlacement pending) {
        Ticket mine = new Ticket(pending, Thread.currentThread());
        queue.add(mine);
        while (!mine.done) {
            if (leader.tryLock()) {
                try {
                    if (!mine.done) {
                        commitQueued();
                    }
                } finally {
                    leader.unlock();
                }
                // Whoever waits longest leads next. A request that queued while this one led found the lock taken
                // and parked: it is woken here, after the unlock, so no request can be left waiting with no leader.
                Ticket next = queue.peek();
                if (next != null) {
                    LockSupport.unpark(next.thread);
                }
            } else {
                // Woken when answered or asked to lead; the time bound is only a safety net.
                LockSupport.parkNanos(this, PARK_NANOS);
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    private void commitQueued() {
        List<Ticket> tickets = new ArrayList<>();
        for (Ticket t; tickets.size() < maxBatch && (t = queue.poll()) != null; ) {
            tickets.add(t);
        }
        try {
            answer(tickets, batch.place(tickets.stream().map(t -> t.pending).toList()));
        } catch (ServiceUnavailableException busy) {
            tickets.forEach(t -> t.fail(busy));
        } catch (RuntimeException batchFailed) {
            if (tickets.size() == 1) {
                tickets.get(0).fail(batchFailed);
            } else {
                for (Ticket t : tickets) {
                    try {
                        answer(List.of(t), batch.place(List.of(t.pending)));
                    } catch (RuntimeException alone) {
                        t.fail(alone);
                    }
                }
            }
        } finally {
            // Nobody may wait for an answer that will never come (an Error on the way, say).
            tickets.stream().filter(t -> !t.done).forEach(t -> t.fail(new IllegalStateException("the placement batch ended without an answer")));
        }
    }

    private static void answer(List<Ticket> tickets, List<Optional<InsufficientStockException>> answers) {
        for (int i = 0; i < tickets.size(); i++) {
            Ticket t = tickets.get(i);
            answers.get(i).ifPresentOrElse(t::fail, t::succeed);
        }
    }

    /** One waiting placement. Written by the leader's thread, read by its own request's thread. */
    private static final class Ticket {
        final PendingPlacement pending;
        final Thread thread;
        volatile RuntimeException failure;
        volatile boolean done;

        Ticket(PendingPlacement pending, Thread thread) {
            this.pending = pending;
            this.thread = thread;
        }

        void succeed() {
            done = true;
            LockSupport.unpark(thread);
        }

        void fail(RuntimeException e) {
            failure = e;
            done = true;
            LockSupport.unpark(thread);
        }
    }
}
