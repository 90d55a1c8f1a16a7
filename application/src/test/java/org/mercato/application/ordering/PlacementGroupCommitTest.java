package org.mercato.application.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mercato.application.common.ServiceUnavailableException;
import org.mercato.application.ordering.port.in.InsufficientStockException;
import org.mercato.application.ordering.port.out.OrderIdempotencyKeys.NewKey;
import org.mercato.application.ordering.service.OrderPlacementBatch;
import org.mercato.application.ordering.service.PendingPlacement;
import org.mercato.application.ordering.service.PlacementGroupCommit;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.ordering.DeliveryAddress;
import org.mercato.domain.ordering.Order;
import org.mercato.domain.ordering.OrderId;
import org.mercato.domain.ordering.OrderLine;
import org.mercato.domain.shared.Money;

/**
 * Group commit of placements (ADR 0019): concurrent placements share transactions, one batch at a time,
 * each placement answered exactly once with its own outcome, and a failed batch never fails the
 * placements that would have succeeded alone.
 */
class PlacementGroupCommitTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    final ExecutorService buyers = Executors.newFixedThreadPool(48);

    @AfterEach
    void stop() {
        buyers.shutdownNow();
    }

    @Test
    void concurrent_placements_share_batches_that_run_one_at_a_time_and_each_is_placed_once() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        Set<OrderId> placed = ConcurrentHashMap.newKeySet();
        AtomicInteger placedTwice = new AtomicInteger();
        PlacementGroupCommit commits = new PlacementGroupCommit(new FakeBatch(batch -> {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            sizes.add(batch.size());
            sleep(3);
            batch.forEach(p -> {
                if (!placed.add(p.order().id())) {
                    placedTwice.incrementAndGet();
                }
            });
            running.decrementAndGet();
            return batch.stream().map(p -> Optional.<InsufficientStockException>empty()).toList();
        }), 16);

        List<Future<?>> results = placeAll(commits, 400);
        for (Future<?> f : results) {
            f.get(30, TimeUnit.SECONDS);
        }

        assertThat(placed).hasSize(400);
        assertThat(placedTwice).hasValue(0);
        assertThat(overlaps).as("batches of one node never overlap").hasValue(0);
        assertThat(sizes).allMatch(n -> n >= 1 && n <= 16);
        assertThat(sizes.size()).as("orders shared transactions").isLessThan(400);
    }

    @Test
    void a_short_order_is_refused_alone_and_the_rest_of_its_batch_is_placed() throws Exception {
        PlacementGroupCommit commits = new PlacementGroupCommit(new FakeBatch(batch -> batch.stream()
                .map(p -> p.order().lines().get(0).quantity() == 7
                        ? Optional.of(new InsufficientStockException(List.of(new InsufficientStockException.ShortLine("items[0]", "S", 7, 0))))
                        : Optional.<InsufficientStockException>empty())
                .toList()), 64);

        assertThatThrownBy(() -> commits.commit(pending(7))).isInstanceOf(InsufficientStockException.class);
        commits.commit(pending(1));
    }

    @Test
    void when_a_batch_fails_as_a_whole_each_of_its_placements_is_tried_alone() throws Exception {
        AtomicInteger alone = new AtomicInteger();
        CountDownLatch firstBatchRunning = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        PlacementGroupCommit commits = new PlacementGroupCommit(new FakeBatch(batch -> {
            if (batch.size() == 1 && batch.get(0).order().lines().get(0).quantity() == 9) {
                firstBatchRunning.countDown();
                await(othersQueued);   // hold the lead until the others wait, so they form one batch
            }
            if (batch.size() > 1) {
                throw new IllegalStateException("a twin Idempotency-Key in the batch");
            }
            alone.incrementAndGet();
            if (batch.get(0).order().lines().get(0).quantity() == 5) {
                throw new IllegalStateException("this one fails alone too");
            }
            return List.of(Optional.empty());
        }), 64);

        Future<?> leader = buyers.submit(() -> commits.commit(pending(9)));
        await(firstBatchRunning);
        List<Future<?>> rest = new ArrayList<>();
        for (int quantity : new int[] {1, 2, 5, 3}) {
            rest.add(buyers.submit(() -> commits.commit(pending(quantity))));
        }
        Thread.sleep(200);
        othersQueued.countDown();

        leader.get(10, TimeUnit.SECONDS);
        rest.get(0).get(10, TimeUnit.SECONDS);
        rest.get(1).get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> rest.get(2).get(10, TimeUnit.SECONDS)).hasRootCauseMessage("this one fails alone too");
        rest.get(3).get(10, TimeUnit.SECONDS);
        assertThat(alone).hasValue(5);
    }

    @Test
    void a_lock_timeout_answers_every_placement_of_the_batch_with_503_without_retrying_them_alone() throws Exception {
        ServiceUnavailableException busy = new ServiceUnavailableException("the stock of these items is busy", null);
        List<Integer> batches = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstBatchRunning = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        PlacementGroupCommit commits = new PlacementGroupCommit(new FakeBatch(batch -> {
            batches.add(batch.size());
            if (batches.size() == 1) {
                firstBatchRunning.countDown();
                await(othersQueued);   // hold the lead until the others wait, so they form one batch
                return List.of(Optional.empty());
            }
            throw busy;
        }), 64);

        Future<?> leader = buyers.submit(() -> commits.commit(pending(1)));
        await(firstBatchRunning);
        List<Future<?>> rest = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rest.add(buyers.submit(() -> commits.commit(pending(1))));
        }
        Thread.sleep(200);
        othersQueued.countDown();

        leader.get(10, TimeUnit.SECONDS);
        for (Future<?> f : rest) {
            assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).hasCause(busy);
        }
        assertThat(batches).as("one batch for the three, no retry one by one").containsExactly(1, 3);
    }

    private List<Future<?>> placeAll(PlacementGroupCommit commits, int n) {
        List<Future<?>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            results.add(buyers.submit(() -> commits.commit(pending(1))));
        }
        return results;
    }

    static PendingPlacement pending(int quantity) {
        UUID account = UUID.randomUUID();
        Order order = Order.place(OrderId.random(), account, List.of(new OrderLine(new SkuCode("DOR-0001-160x200-M-18"),
                        new ProductId(UUID.randomUUID()), "Dormio Aurora", "160x200", "MEDIUM", 18, quantity, Money.of(49_900, "EUR"))),
                new DeliveryAddress("Sam", "Invalidenstr. 1", null, "Berlin", "10115", "DE"), NOW, Duration.ofMinutes(30));
        return new PendingPlacement(order, order.placement("shopper:" + account), new NewKey(account, "k", "hash", order.id(), NOW), false);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The batch transaction replaced by a function of the batch. */
    static final class FakeBatch extends OrderPlacementBatch {
        private final Function<List<PendingPlacement>, List<Optional<InsufficientStockException>>> answers;

        FakeBatch(Function<List<PendingPlacement>, List<Optional<InsufficientStockException>>> answers) {
            this.answers = answers;
        }

        @Override
        public List<Optional<InsufficientStockException>> place(List<PendingPlacement> batch) {
            return answers.apply(batch);
        }
    }
}
