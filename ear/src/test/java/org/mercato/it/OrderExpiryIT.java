package org.mercato.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mercato.it.Problems.assertProblem;
import static org.mercato.it.Shoppers.available;
import static org.mercato.it.Shoppers.items;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mercato.it.Shoppers.Shopper;

/**
 * Expiry of unpaid orders (SPEC decision 3; issue 5 item 4; R53–R56) on a server of its own whose
 * payment window is 4 seconds, with the sweeper every second in batches of 7 (ear/pom.xml,
 * execution expiry-its). Buys from demo product 22, which no other test touches.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderExpiryIT {

    private static final String PRODUCT = Shoppers.demoProduct(22);
    private static final Duration WINDOW = Duration.ofSeconds(4);
    private static final List<Shopper> shoppers = new ArrayList<>();
    private static String sku;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MercatoDeployment.ear();
    }

    @BeforeAll
    static void shoppersAndSku() {
        for (int i = 0; i < 4; i++) {
            shoppers.add(Shoppers.registered("expiring" + i));
        }
        sku = Shoppers.skus(PRODUCT).stream().filter(s -> s.getInt("available") >= 25).findFirst().orElseThrow().getString("sku");
    }

    @Test
    void an_unpaid_order_expires_after_its_window_and_gives_back_exactly_its_stock() throws Exception {
        Shopper shopper = shoppers.get(0);
        int before = available(PRODUCT, sku);
        Http.Answer placed = shopper.placeOrder(UUID.randomUUID().toString(), items(sku, 2));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        JsonObject order = placed.json();
        assertThat(Duration.between(Instant.parse(order.getString("placedAt")), Instant.parse(order.getString("expiresAt")))).isEqualTo(WINDOW);
        assertThat(available(PRODUCT, sku)).isEqualTo(before - 2);

        JsonObject expired = awaitStatus(shopper, order.getString("id"), "EXPIRED");

        assertThat(expired.getString("paymentStatus")).isEqualTo("VOIDED");
        assertThat(expired.getJsonArray("allowedActions")).isEmpty();
        List<JsonObject> history = expired.getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(history).extracting(h -> h.getString("to")).containsExactly("PENDING_PAYMENT", "EXPIRED");
        assertThat(history.get(1).getString("actor")).isEqualTo("system:expiry");
        assertThat(Instant.parse(history.get(1).getString("at"))).isAfterOrEqualTo(Instant.parse(order.getString("expiresAt")));
        assertThat(available(PRODUCT, sku)).isEqualTo(before);
        assertProblem(shopper.post("/orders/" + order.getString("id") + "/cancel", "{}"), 409, "order-not-cancellable");
        assertThat(available(PRODUCT, sku)).isEqualTo(before);
    }

    @Test
    void many_orders_expire_over_several_bounded_batches() throws Exception {
        int before = available(PRODUCT, sku);
        List<String[]> orders = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Shopper shopper = shoppers.get(i % shoppers.size());
            Http.Answer placed = shopper.placeOrder(UUID.randomUUID().toString(), items(sku, 1));
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            orders.add(new String[] {shopper.token(), placed.json().getString("id")});
        }
        assertThat(available(PRODUCT, sku)).isEqualTo(before - 20);

        for (String[] order : orders) {
            awaitStatus(new Shopper("x", order[0]), order[1], "EXPIRED");
        }
        assertThat(available(PRODUCT, sku)).isEqualTo(before);
        assertThat(OrdersApiIT.gauge("mercato_orders_expiry_backlog")).isZero();
    }

    @Test
    void a_cancel_racing_the_sweeper_ends_in_exactly_one_of_the_two_and_releases_the_stock_once() throws Exception {
        int before = available(PRODUCT, sku);
        List<String[]> orders = new ArrayList<>();
        Instant firstExpiry = null;
        Instant lastExpiry = Instant.EPOCH;
        for (int i = 0; i < 16; i++) {
            Shopper shopper = shoppers.get(i % shoppers.size());
            Http.Answer placed = shopper.placeOrder(UUID.randomUUID().toString(), items(sku, 1));
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            orders.add(new String[] {shopper.token(), placed.json().getString("id")});
            lastExpiry = Instant.parse(placed.json().getString("expiresAt"));
            firstExpiry = firstExpiry == null ? lastExpiry : firstExpiry;
        }
        // Cancel every order at once, halfway between the first and the last expiry: the sweeper is at work then,
        // the older orders have expired and the younger ones not yet.
        Instant halfway = firstExpiry.plus(Duration.between(firstExpiry, lastExpiry).dividedBy(2));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), halfway).toMillis()));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Http.Answer>> cancels = new ArrayList<>();
            for (String[] order : orders) {
                cancels.add(pool.submit(() -> new Shopper("x", order[0]).post("/orders/" + order[1] + "/cancel", "{}")));
            }
            Map<Integer, Integer> answers = new TreeMap<>();
            for (Future<Http.Answer> cancel : cancels) {
                answers.merge(cancel.get().status(), 1, Integer::sum);
            }
            assertThat(answers.keySet()).as("cancelled (200) or already expired (409), nothing else: %s", answers).isSubsetOf(200, 409);
        } finally {
            pool.shutdownNow();
        }

        Map<String, Integer> outcomes = new TreeMap<>();
        for (String[] order : orders) {
            JsonObject settled = awaitTerminal(new Shopper("x", order[0]), order[1]);
            outcomes.merge(settled.getString("status"), 1, Integer::sum);
            assertThat(settled.getJsonArray("history")).as("placed, then exactly one of cancelled or expired").hasSize(2);
        }
        assertThat(outcomes.keySet()).isSubsetOf("CANCELLED", "EXPIRED");
        assertThat(available(PRODUCT, sku)).as("every unit back exactly once: %s", outcomes).isEqualTo(before);
    }

    private static JsonObject awaitStatus(Shopper shopper, String id, String status) throws InterruptedException {
        JsonObject order = awaitTerminal(shopper, id);
        assertThat(order.getString("status")).isEqualTo(status);
        return order;
    }

    private static JsonObject awaitTerminal(Shopper shopper, String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            JsonObject order = shopper.get("/orders/" + id).json();
            String status = order.getString("status");
            if (!status.equals("PENDING_PAYMENT") || Instant.now().isAfter(deadline)) {
                return order;
            }
            Thread.sleep(250);
        }
    }
}
