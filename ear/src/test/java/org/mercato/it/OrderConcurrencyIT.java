package org.mercato.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mercato.it.Shoppers.available;
import static org.mercato.it.Shoppers.items;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mercato.it.Shoppers.Shopper;

/**
 * No overselling under concurrency (SPEC decision 2; issue 5 "Tests that must exist"; R31–R35): 200
 * simultaneous orders at a SKU with exactly 50 units, and 200 orders whose carts hold the same two SKUs
 * in opposite orders. Exactly 50 succeed each time, nobody deadlocks, and what the product page shows
 * afterwards agrees with the orders. Buys from demo product 21, which no other test touches.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderConcurrencyIT {

    private static final String PRODUCT = Shoppers.demoProduct(21);
    private static final int UNITS = 50;
    private static final int BUYERS = 200;
    private static final int SHOPPERS = 25;
    private static final List<Shopper> shoppers = new ArrayList<>();
    private static ExecutorService pool;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MercatoDeployment.ear();
    }

    @BeforeAll
    static void shoppers() throws Exception {
        pool = Executors.newFixedThreadPool(64);
        // Each shopper places at most 8 orders per test, under the 30 per minute per account limit.
        List<Future<Shopper>> registering = new ArrayList<>();
        for (int i = 0; i < SHOPPERS * 2; i++) {
            String label = "buyer" + i;
            registering.add(pool.submit(() -> Shoppers.registered(label)));
        }
        for (Future<Shopper> shopper : registering) {
            shoppers.add(shopper.get());
        }
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void two_hundred_buyers_at_a_sku_with_fifty_units_exactly_fifty_succeed() throws Exception {
        List<String> skus = skusWithAtLeast(UNITS, 1);
        String sku = skus.get(0);
        List<Placed> blockers = bringDownTo(sku, UNITS);

        List<Http.Answer> answers = simultaneously(i -> shoppers.get(i % SHOPPERS).placeOrder(UUID.randomUUID().toString(), items(sku, 1)));

        Map<Integer, Integer> statuses = countStatuses(answers);
        assertThat(statuses).as("201 placed, 409 insufficient stock, nothing else").containsOnlyKeys(201, 409);
        assertThat(statuses.get(201)).isEqualTo(UNITS);
        answers.stream().filter(a -> a.status() == 409)
                .forEach(a -> assertThat(a.json().getString("type")).isEqualTo("urn:mercato:problem:insufficient-stock"));
        assertThat(available(PRODUCT, sku)).as("on hand minus reserved").isZero();

        // Every unit is accounted for by exactly one order: cancelling them all gives all 50 back.
        cancelAll(answers);
        assertThat(available(PRODUCT, sku)).isEqualTo(UNITS);
        cancelBlockers(blockers);
    }

    @Test
    void carts_locking_the_same_two_skus_in_opposite_orders_never_deadlock_and_never_oversell() throws Exception {
        List<String> skus = skusWithAtLeast(UNITS, 3);
        String a = skus.get(1);
        String b = skus.get(2);
        List<Placed> blockers = new ArrayList<>(bringDownTo(a, UNITS));
        blockers.addAll(bringDownTo(b, UNITS));

        List<Http.Answer> answers = simultaneously(i -> shoppers.get(SHOPPERS + i % SHOPPERS).placeOrder(UUID.randomUUID().toString(),
                i % 2 == 0 ? items(a, 1, b, 1) : items(b, 1, a, 1)));

        Map<Integer, Integer> statuses = countStatuses(answers);
        assertThat(statuses).as("no deadlock (500) and no lock timeout (503)").containsOnlyKeys(201, 409);
        assertThat(statuses.get(201)).isEqualTo(UNITS);
        assertThat(available(PRODUCT, a)).isZero();
        assertThat(available(PRODUCT, b)).isZero();

        cancelAll(answers);
        assertThat(available(PRODUCT, a)).isEqualTo(UNITS);
        assertThat(available(PRODUCT, b)).isEqualTo(UNITS);
        cancelBlockers(blockers);
    }

    private List<Http.Answer> simultaneously(IntFunction<Http.Answer> order) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Answer>> futures = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            int buyer = i;
            futures.add(pool.submit(() -> {
                start.await();
                return order.apply(buyer);
            }));
        }
        start.countDown();
        List<Http.Answer> answers = new ArrayList<>();
        for (Future<Http.Answer> f : futures) {
            answers.add(f.get());
        }
        return answers;
    }

    private static Map<Integer, Integer> countStatuses(List<Http.Answer> answers) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        answers.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
        return statuses;
    }

    private static List<String> skusWithAtLeast(int units, int count) {
        List<String> skus = Shoppers.skus(PRODUCT).stream().filter(s -> s.getInt("available") >= units)
                .map(s -> s.getString("sku")).toList();
        assertThat(skus).as("demo product 21 SKUs with at least %d available", units).hasSizeGreaterThanOrEqualTo(count);
        return skus;
    }

    /** Reserves all but {@code units} of the SKU with orders of a shopper of its own; answers their ids. */
    private static List<Placed> bringDownTo(String sku, int units) {
        Shopper blocker = Shoppers.registered("blocker");
        List<Placed> orders = new ArrayList<>();
        int surplus = available(PRODUCT, sku) - units;
        while (surplus > 0) {
            int quantity = Math.min(surplus, 50);
            Http.Answer placed = blocker.placeOrder(UUID.randomUUID().toString(), items(sku, quantity));
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            orders.add(new Placed(blocker, placed.json().getString("id")));
            surplus -= quantity;
        }
        assertThat(available(PRODUCT, sku)).isEqualTo(units);
        return orders;
    }

    private static void cancelBlockers(List<Placed> blockers) {
        for (Placed blocker : blockers) {
            assertThat(blocker.owner().post("/orders/" + blocker.id() + "/cancel", "{}").status()).isEqualTo(200);
        }
    }

    private record Placed(Shopper owner, String id) {
    }

    private void cancelAll(List<Http.Answer> answers) throws Exception {
        List<Future<Http.Answer>> cancels = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).status() == 201) {
                Http.Answer placed = answers.get(i);
                String owner = placed.raw().request().headers().firstValue("Authorization").orElseThrow().substring("Bearer ".length());
                JsonObject order = placed.json();
                cancels.add(pool.submit(() -> new Shopper("owner", owner).post("/orders/" + order.getString("id") + "/cancel", "{}")));
            }
        }
        for (Future<Http.Answer> cancel : cancels) {
            assertThat(cancel.get().status()).isEqualTo(200);
        }
    }
}
