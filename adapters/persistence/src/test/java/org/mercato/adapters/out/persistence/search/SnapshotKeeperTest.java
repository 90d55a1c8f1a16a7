package org.mercato.adapters.out.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The snapshot's change protocol under concurrency (ADR 0021), against a fake database whose products carry
 * a version: writers change products (mark at flush, commit, mark after the commit) and then search; readers
 * search all along; whole reads run beside them; some reads fail. Invariants: a writer's next search shows
 * its committed change, no reader ever sees a product go back to an older version, and at the end every
 * change is in the snapshot.
 */
class SnapshotKeeperTest {

    private static final int PRODUCTS = 40;

    /** Committed versions by product; a product's version travels in its units sold. */
    private final Map<UUID, Long> database = new ConcurrentHashMap<>();
    private final AtomicBoolean failSometimes = new AtomicBoolean();

    private CatalogSnapshot.Product product(UUID id) {
        Long version = database.get(id);
        return version == null ? null
                : new CatalogSnapshot.Product(id, "p", 0, 0, id.getLeastSignificantBits(), version, ProductSkus.NONE);
    }

    private CatalogSnapshot readChanged(CatalogSnapshot before, List<UUID> ids) {
        if (failSometimes.get() && ThreadLocalRandom.current().nextInt(5) == 0) {
            throw new IllegalStateException("the database is away");
        }
        List<CatalogSnapshot.Product> read = new ArrayList<>();
        Set<UUID> gone = new HashSet<>();
        for (UUID id : ids) {
            CatalogSnapshot.Product p = product(id);
            if (p == null) {
                gone.add(id);
            } else {
                read.add(p);
            }
        }
        return before.with(read, gone, before.dictionaries);
    }

    /** Product by product, yielding between them: a long read that changes overtake. */
    private CatalogSnapshot readAll() {
        List<CatalogSnapshot.Product> read = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            CatalogSnapshot.Product p = product(id(i));
            if (p != null) {
                read.add(p);
            }
            Thread.yield();
        }
        return CatalogSnapshot.of(read, CatalogSnapshot.Dictionaries.EMPTY);
    }

    private static UUID id(int i) {
        return new UUID(7, i);
    }

    private static long versionIn(CatalogSnapshot snapshot, UUID id) {
        int ordinal = snapshot.ordinalOf(id);
        return ordinal < 0 ? -1 : snapshot.product(ordinal).unitsSold();
    }

    @Test
    void changes_are_seen_by_the_writers_next_search_never_undone_and_never_lost() throws Exception {
        SnapshotKeeper keeper = new SnapshotKeeper();
        for (int i = 0; i < PRODUCTS; i++) {
            database.put(id(i), 0L);
        }
        keeper.load(this::readAll);
        failSometimes.set(true);
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> violations = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(9);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            work.add(threads.submit(() -> {
                // Each writer owns ten products, so its versions only grow.
                for (int n = 1; n <= 300; n++) {
                    UUID id = id(writer * 10 + n % 10);
                    long version = n;
                    keeper.productChanged(id);                 // at flush
                    database.put(id, version);                 // commit
                    keeper.productChanged(id);                 // after the commit
                    CatalogSnapshot seen = searchUntilRead(keeper);
                    if (versionIn(seen, id) < version) {
                        violations.add("writer " + writer + " did not see version " + version + " of " + id);
                    }
                }
            }));
        }
        for (int r = 0; r < 4; r++) {
            work.add(threads.submit(() -> {
                long[] highest = new long[PRODUCTS];
                while (running.get()) {
                    CatalogSnapshot seen = searchUntilRead(keeper);
                    for (int i = 0; i < PRODUCTS; i++) {
                        long version = versionIn(seen, id(i));
                        if (version < highest[i]) {
                            violations.add("product " + i + " went back from " + highest[i] + " to " + version);
                        }
                        highest[i] = Math.max(highest[i], version);
                    }
                }
            }));
        }
        Future<?> loads = threads.submit(() -> {
            while (running.get()) {
                keeper.load(this::readAll);
            }
        });
        for (Future<?> f : work.subList(0, 4)) {
            f.get(60, TimeUnit.SECONDS);
        }
        running.set(false);
        for (Future<?> f : work) {
            f.get(60, TimeUnit.SECONDS);
        }
        loads.get(60, TimeUnit.SECONDS);
        threads.shutdown();

        failSometimes.set(false);
        CatalogSnapshot last = keeper.current(this::readChanged);
        assertThat(violations).isEmpty();
        for (int i = 0; i < PRODUCTS; i++) {
            assertThat(versionIn(last, id(i))).as("product %d at the end", i).isEqualTo(database.get(id(i)));
        }
    }

    @Test
    void a_failed_read_keeps_its_marks_for_the_next_search() {
        SnapshotKeeper keeper = new SnapshotKeeper();
        database.put(id(1), 1L);
        keeper.load(this::readAll);
        database.put(id(1), 2L);
        keeper.productChanged(id(1));

        assertThatThrownBy(() -> keeper.current((before, ids) -> {
            throw new IllegalStateException("the database is away");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(versionIn(keeper.current(this::readChanged), id(1))).isEqualTo(2);
    }

    @Test
    void a_deleted_product_leaves_and_a_new_one_arrives() {
        SnapshotKeeper keeper = new SnapshotKeeper();
        database.put(id(1), 1L);
        keeper.load(this::readAll);
        database.remove(id(1));
        database.put(id(2), 1L);
        keeper.productChanged(id(1));
        keeper.productChanged(id(2));

        CatalogSnapshot now = keeper.current(this::readChanged);

        assertThat(now.ordinalOf(id(1))).isEqualTo(-1);
        assertThat(versionIn(now, id(2))).isEqualTo(1);
        assertThat(now.productCount()).isEqualTo(1);
    }

    /** A search retries a failed read, as the next shopper's search would. */
    private CatalogSnapshot searchUntilRead(SnapshotKeeper keeper) {
        while (true) {
            try {
                return keeper.current(this::readChanged);
            } catch (IllegalStateException e) {
                // the next search reads again
            }
        }
    }
}
