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
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mercato.it.Shoppers.Shopper;

/**
 * Placing, replaying, listing and cancelling orders through the real API on the real database
 * (API.md "Orders"; issue 5; R41–R52). Buys from demo product 20, which no other test touches.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrdersApiIT {

    private static final String PRODUCT = Shoppers.demoProduct(20);
    private static Shopper shopper;
    private static String sku;
    private static String otherSku;
    private static long price;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MercatoDeployment.ear();
    }

    @BeforeAll
    static void shopperAndSkus() {
        shopper = Shoppers.registered("orders");
        // Between 6 and 45 available: enough to buy a few, few enough that one line of 50 at most can exceed it.
        List<JsonObject> inStock = Shoppers.skus(PRODUCT).stream().filter(s -> s.getInt("available") >= 6 && s.getInt("available") <= 45).toList();
        assertThat(inStock).as("demo product 20 has SKUs in stock").hasSizeGreaterThanOrEqualTo(2);
        sku = inStock.get(0).getString("sku");
        price = inStock.get(0).getJsonObject("price").getJsonNumber("amount").longValue();
        otherSku = inStock.get(1).getString("sku");
    }

    @Test
    void an_order_reserves_its_stock_and_answers_with_totals_expiry_actions_and_history() {
        int before = available(PRODUCT, sku);
        Http.Answer placed = shopper.placeOrder(UUID.randomUUID().toString(), items(sku, 2));

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.header("Location")).endsWith("/orders/" + placed.json().getString("id"));
        JsonObject order = placed.json();
        assertThat(order.getString("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(order.getString("paymentStatus")).isEqualTo("AWAITING_PAYMENT");
        assertThat(order.getString("fulfillmentStatus")).isEqualTo("UNFULFILLED");
        assertThat(order.getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("PAY", "CANCEL");
        Instant placedAt = Instant.parse(order.getString("placedAt"));
        assertThat(Duration.between(placedAt, Instant.parse(order.getString("expiresAt")))).as("default payment window")
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(order.getJsonObject("total").getJsonNumber("amount").longValue()).isEqualTo(2 * price);
        assertThat(order.getJsonObject("total").getString("currency")).isEqualTo("EUR");
        JsonObject line = order.getJsonArray("lines").getJsonObject(0);
        assertThat(line.getString("sku")).isEqualTo(sku);
        assertThat(line.getInt("quantity")).isEqualTo(2);
        assertThat(line.getJsonObject("lineTotal").getJsonNumber("amount").longValue()).isEqualTo(2 * price);
        assertThat(order.getJsonObject("shippingAddress").getString("city")).isEqualTo("Berlin");
        assertThat(order.getJsonArray("history")).hasSize(1);
        assertThat(order.getJsonArray("history").getJsonObject(0).getString("to")).isEqualTo("PENDING_PAYMENT");

        assertThat(available(PRODUCT, sku)).as("the product page shows the reservation at once").isEqualTo(before - 2);
        Http.Answer read = shopper.get("/orders/" + order.getString("id"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("status")).isEqualTo("PENDING_PAYMENT");
    }

    @Test
    void a_replay_with_the_same_key_answers_the_first_order_and_reserves_nothing_more() {
        String key = UUID.randomUUID().toString();
        String body = items(sku, 1);
        Http.Answer first = shopper.placeOrder(key, body);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        int afterFirst = available(PRODUCT, sku);

        Http.Answer replay = shopper.placeOrder(key, body);

        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.json().getString("id")).isEqualTo(first.json().getString("id"));
        assertThat(replay.json().getJsonObject("total")).isEqualTo(first.json().getJsonObject("total"));
        assertThat(replay.json().getString("expiresAt")).isEqualTo(first.json().getString("expiresAt"));
        assertThat(available(PRODUCT, sku)).isEqualTo(afterFirst);

        assertProblem(shopper.placeOrder(key, items(sku, 2)), 422, "invalid-input");
        // The same key is the shopper's own: another shopper may use it for their own order.
        Shopper other = Shoppers.registered("orders-other");
        assertThat(other.placeOrder(key, body).status()).isEqualTo(201);
    }

    @Test
    void concurrent_twins_with_one_key_place_one_order_and_the_others_replay_it() throws Exception {
        // Twins may share a placement batch (ADR 0019): the batch fails on the key, each is retried alone,
        // the loser finds the winner's key and replays its order.
        String key = UUID.randomUUID().toString();
        String body = items(sku, 1);
        int before = available(PRODUCT, sku);
        ExecutorService twins = Executors.newFixedThreadPool(8);
        try {
            List<Future<Http.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(twins.submit(() -> shopper.placeOrder(key, body)));
            }
            List<Http.Answer> done = new ArrayList<>();
            for (Future<Http.Answer> answer : answers) {
                done.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(done).as(done.toString()).extracting(Http.Answer::status).containsOnly(201, 200);
            assertThat(done).filteredOn(a -> a.status() == 201).hasSize(1);
            assertThat(done).extracting(a -> a.json().getString("id")).containsOnly(done.get(0).json().getString("id"));
            assertThat(done).filteredOn(a -> a.status() == 200).allMatch(a -> "true".equals(a.header("Idempotent-Replayed")));
        } finally {
            twins.shutdownNow();
        }
        assertThat(available(PRODUCT, sku)).as("one unit reserved, not eight").isEqualTo(before - 1);
    }

    @Test
    void a_replay_after_cancelling_still_answers_the_order_as_first_placed() {
        String key = UUID.randomUUID().toString();
        Http.Answer first = shopper.placeOrder(key, items(sku, 1));
        shopper.post("/orders/" + first.json().getString("id") + "/cancel", "{}");
        Http.Answer replay = shopper.placeOrder(key, items(sku, 1));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().getString("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(replay.body()).isEqualTo(first.body());
    }

    @Test
    void an_expected_total_that_differs_is_a_409_price_changed_and_changes_nothing() {
        int before = available(PRODUCT, sku);
        JsonObject problem = assertProblem(shopper.placeOrder(UUID.randomUUID().toString(),
                "{\"items\":[{\"sku\":\"%s\",\"quantity\":1}],\"expectedTotal\":{\"amount\":%d,\"currency\":\"EUR\"}}".formatted(sku, price - 1)),
                409, "price-changed");
        assertThat(problem.getString("detail")).contains(Long.toString(price));
        assertThat(available(PRODUCT, sku)).isEqualTo(before);

        Http.Answer matching = shopper.placeOrder(UUID.randomUUID().toString(),
                "{\"items\":[{\"sku\":\"%s\",\"quantity\":1}],\"expectedTotal\":{\"amount\":%d,\"currency\":\"EUR\"}}".formatted(sku, price));
        assertThat(matching.status()).as(matching.toString()).isEqualTo(201);
    }

    @Test
    void a_short_line_fails_the_whole_order_with_requested_and_available_per_sku() {
        int skuBefore = available(PRODUCT, sku);
        int otherBefore = available(PRODUCT, otherSku);
        int tooMany = otherBefore + 1;
        JsonObject problem = assertProblem(shopper.placeOrder(UUID.randomUUID().toString(), items(sku, 1, otherSku, tooMany)),
                409, "insufficient-stock");

        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertThat(problem.getJsonArray("errors")).hasSize(1);
        assertThat(error.getString("field")).isEqualTo("items[1]");
        assertThat(error.getString("sku")).isEqualTo(otherSku);
        assertThat(error.getInt("requested")).isEqualTo(tooMany);
        assertThat(error.getInt("available")).isEqualTo(otherBefore);
        assertThat(available(PRODUCT, sku)).as("the line that was fine reserved nothing either").isEqualTo(skuBefore);
        assertThat(available(PRODUCT, otherSku)).isEqualTo(otherBefore);
    }

    @Test
    void bad_input_is_refused_with_the_right_status_and_changes_nothing() {
        int before = available(PRODUCT, sku);
        String key = UUID.randomUUID().toString();
        assertProblem(shopper.placeOrder(null, items(sku, 1)), 400, "bad-request");
        assertProblem(shopper.placeOrder("has spaces in it", items(sku, 1)), 422, "invalid-input");
        JsonObject unknown = assertProblem(shopper.placeOrder(key, items("NOPE-0000-90x200-S-18", 1)), 422, "invalid-input");
        assertThat(unknown.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("items[0].sku");
        JsonObject zero = assertProblem(shopper.placeOrder(key, items(sku, 0)), 422, "invalid-input");
        assertThat(zero.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("items[0].quantity");
        assertProblem(shopper.placeOrder(key, items(sku, 51)), 422, "invalid-input");
        assertProblem(shopper.placeOrder(key, items(sku, 1, sku, 2)), 422, "invalid-input");
        assertProblem(shopper.placeOrder(key, "{\"items\":[]}"), 422, "invalid-input");
        assertProblem(shopper.placeOrder(key, "{\"items\":[null]}"), 422, "invalid-input");
        assertProblem(shopper.placeOrder(key, "{\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":\"two\"}]}"), 400, "malformed-body");
        assertProblem(shopper.placeOrder(key, "{\"items\":"), 400, "malformed-body");
        assertProblem(shopper.placeOrder(key, "{\"items\":[{\"sku\":\"%s\",\"quantity\":1}],\"shippingAddressId\":\"%s\"}"
                .formatted(sku, UUID.randomUUID())), 422, "invalid-input");
        assertProblem(shopper.placeOrder(key, "{\"items\":[{\"sku\":\"%s\",\"quantity\":1}],\"shippingAddress\":{\"line1\":\"x\",\"city\":\"y\",\"postalCode\":\"1\",\"country\":\"XX\"}}"
                .formatted(sku)), 422, "invalid-input");
        assertProblem(shopper.placeOrder(key, "{\"items\":[{\"sku\":\"%s\",\"quantity\":1}],\"expectedTotal\":{\"amount\":1,\"currency\":\"EURO\"}}"
                .formatted(sku)), 422, "invalid-input");
        Shopper homeless = Shoppers.signedUp("homeless");
        assertProblem(homeless.placeOrder(key, items(sku, 1)), 422, "invalid-input");
        assertThat(Http.postJson(Http.API + "/orders", items(sku, 1)).status()).as("no token").isEqualTo(401);

        assertThat(available(PRODUCT, sku)).isEqualTo(before);
        assertThat(shopper.placeOrder(key, items(sku, 1)).status()).as("the refused attempts did not use up the key").isEqualTo(201);
    }

    @Test
    void without_items_the_cart_is_ordered_and_leaves_the_cart() {
        Shopper buyer = Shoppers.registered("cart-buyer");
        assertThat(buyer.send("PUT", "/cart/items/" + sku, "{\"quantity\":2}", java.util.Map.of()).status()).isEqualTo(200);
        int before = available(PRODUCT, sku);

        Http.Answer placed = buyer.placeOrder(UUID.randomUUID().toString(), "{}");

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        JsonObject line = placed.json().getJsonArray("lines").getJsonObject(0);
        assertThat(line.getString("sku")).isEqualTo(sku);
        assertThat(line.getInt("quantity")).isEqualTo(2);
        assertThat(available(PRODUCT, sku)).isEqualTo(before - 2);
        assertThat(buyer.get("/cart").json().getJsonArray("items")).as("the ordered lines left the cart").isEmpty();
        assertProblem(buyer.placeOrder(UUID.randomUUID().toString(), "{}"), 422, "invalid-input");
    }

    @Test
    void an_address_given_inline_is_copied_into_the_order() {
        Shopper homeless = Shoppers.signedUp("homeless");
        Http.Answer placed = homeless.placeOrder(UUID.randomUUID().toString(),
                "{\"items\":[{\"sku\":\"%s\",\"quantity\":1}],\"shippingAddress\":{\"recipient\":\"Ana Gift\",\"line1\":\"Via Roma 2\",\"city\":\"Milano\",\"postalCode\":\"20121\",\"country\":\"IT\"}}"
                        .formatted(sku));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.json().getJsonObject("shippingAddress").getString("recipient")).isEqualTo("Ana Gift");
        assertThat(placed.json().getJsonObject("shippingAddress").getString("country")).isEqualTo("IT");
    }

    @Test
    void cancelling_gives_the_stock_back_once_and_a_second_cancel_is_a_409() {
        int before = available(PRODUCT, otherSku);
        String id = shopper.placeOrder(UUID.randomUUID().toString(), items(otherSku, 3)).json().getString("id");
        assertThat(available(PRODUCT, otherSku)).isEqualTo(before - 3);

        Http.Answer cancelled = shopper.post("/orders/" + id + "/cancel", "{\"reason\":\"changed my mind\"}");

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.json().getString("paymentStatus")).isEqualTo("VOIDED");
        assertThat(cancelled.json().getJsonArray("allowedActions")).isEmpty();
        List<JsonObject> history = cancelled.json().getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(history).extracting(h -> h.getString("to")).containsExactly("PENDING_PAYMENT", "CANCELLED");
        assertThat(history.get(1).getString("from")).isEqualTo("PENDING_PAYMENT");
        assertThat(history.get(1).getString("reason")).isEqualTo("changed my mind");
        assertThat(history.get(1).getString("actor")).startsWith("shopper:");
        assertThat(available(PRODUCT, otherSku)).isEqualTo(before);

        JsonObject again = assertProblem(shopper.post("/orders/" + id + "/cancel", null), 409, "order-not-cancellable");
        assertThat(again.getString("detail")).contains("cancelled");
        assertThat(available(PRODUCT, otherSku)).isEqualTo(before);
    }

    @Test
    void another_shoppers_order_is_not_found_and_cannot_be_cancelled() {
        String id = shopper.placeOrder(UUID.randomUUID().toString(), items(sku, 1)).json().getString("id");
        Shopper stranger = Shoppers.registered("stranger");
        assertProblem(stranger.get("/orders/" + id), 404, "not-found");
        assertProblem(stranger.post("/orders/" + id + "/cancel", "{}"), 404, "not-found");
        assertProblem(stranger.get("/orders/not-a-uuid"), 404, "not-found");
        assertThat(shopper.get("/orders/" + id).json().getString("status")).isEqualTo("PENDING_PAYMENT");
    }

    @Test
    void the_order_list_is_newest_first_paged_and_filtered_by_status() {
        Shopper lister = Shoppers.registered("lister");
        String first = lister.placeOrder(UUID.randomUUID().toString(), items(sku, 1)).json().getString("id");
        String second = lister.placeOrder(UUID.randomUUID().toString(), items(sku, 2)).json().getString("id");
        String third = lister.placeOrder(UUID.randomUUID().toString(), items(otherSku, 1)).json().getString("id");
        lister.post("/orders/" + first + "/cancel", "{}");

        JsonObject all = lister.get("/orders").json();
        assertThat(all.getInt("total")).isEqualTo(3);
        assertThat(all.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(o -> o.getString("id"))
                .containsExactly(third, second, first);
        assertThat(all.getJsonArray("items").getJsonObject(1).getInt("itemCount")).isEqualTo(2);

        JsonObject page = lister.get("/orders?page=1&size=2").json();
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(o -> o.getString("id")).containsExactly(first);
        JsonObject cancelled = lister.get("/orders?status=cancelled").json();
        assertThat(cancelled.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(o -> o.getString("id")).containsExactly(first);
        assertThat(lister.get("/orders?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z").json().getInt("total")).isZero();

        assertProblem(lister.get("/orders?status=LOST"), 400, "bad-request");
        assertProblem(lister.get("/orders?size=101"), 400, "bad-request");
        assertProblem(lister.get("/orders?from=yesterday"), 400, "bad-request");
    }

    @Test
    void order_placement_is_rate_limited_per_account() {
        Shopper hasty = Shoppers.signedUp("homeless");
        int firstRefused = -1;
        for (int i = 0; i < 40 && firstRefused < 0; i++) {
            Http.Answer answer = hasty.placeOrder(UUID.randomUUID().toString(), items("NOPE-0000-90x200-S-18", 1));
            if (answer.status() == 429) {
                firstRefused = i;
                assertProblem(answer, 429, "too-many-requests");
                assertThat(answer.header("Retry-After")).isNotBlank();
            }
        }
        // 30 per minute, refilled gradually: the 31st comes too soon unless the first 30 took two seconds or more.
        assertThat(firstRefused).as("index of the first refused placement").isBetween(30, 39);
    }

    @Test
    void placed_orders_reach_the_outbox_and_the_expiry_backlog_is_reported() {
        double before = gauge("mercato_outbox_unpublished");
        shopper.placeOrder(UUID.randomUUID().toString(), items(sku, 1));
        assertThat(gauge("mercato_outbox_unpublished")).as("one OrderPlaced event more").isEqualTo(before + 1);

        JsonObject ready = Http.get(Http.MANAGEMENT + "/health/ready").json();
        assertThat(ready.getJsonArray("checks").getValuesAs(JsonObject.class))
                .anySatisfy(check -> {
                    assertThat(check.getString("name")).isEqualTo("order-expiry-backlog");
                    assertThat(check.getString("status")).isEqualTo("UP");
                });
        assertThat(gauge("mercato_orders_expiry_backlog")).isZero();
    }

    static double gauge(String name) {
        String metrics = Http.get(Http.MANAGEMENT + "/metrics").body();
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(metrics);
        assertThat(m.find()).as("%s in the Prometheus metrics: %s", name,
                metrics.lines().filter(l -> l.startsWith("mercato")).toList()).isTrue();
        return Double.parseDouble(m.group(2));
    }


}
