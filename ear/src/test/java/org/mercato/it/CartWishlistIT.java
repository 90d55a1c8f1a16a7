package org.mercato.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mercato.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cart and wishlist end to end (API.md "Cart and wishlist"; issue 5 item 1): one server-side cart per
 * shopper with live prices and availability, the check before checkout, the wishlist and move-to-cart,
 * every kind of bad input, and one shopper never reaching another's cart.
 *
 * <p>It reads demo SKUs of products 13..24 (other ITs edit products 0, 1, 7 and 12). The tests that
 * change a price or make a SKU leave the catalog do it by SQL, behind the caches' back, so they need a
 * database the test can reach: they run on PostgreSQL (CI) and are skipped on the embedded H2 database.
 * One more test changes price and stock of a SKU of its own through the integrator feeds, on any
 * database; it needs Chromium to issue the API keys, like the other browser tests.
 * Because of them this IT runs with the ITs that change the demo shop ({@code changing-its}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CartWishlistIT {


    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MercatoDeployment.ear();
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static String newShopper() {
        return Shoppers.signedUp("cart").token();
    }

    private static Http.Answer call(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.API + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return Http.send(request.method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonObject ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        return answer.json();
    }

    private static JsonObject put(String token, String sku, int quantity) {
        return ok(call("PUT", "/cart/items/" + sku, token, "{\"quantity\": " + quantity + "}"));
    }

    private static JsonObject cart(String token) {
        return ok(call("GET", "/cart", token, null));
    }

    private static List<JsonObject> items(JsonObject document) {
        return document.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject item(JsonObject document, String sku) {
        return items(document).stream().filter(i -> i.getString("sku").equals(sku)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + sku + " in " + document));
    }

    private static long amount(JsonObject money) {
        return money.getJsonNumber("amount").longValue();
    }

    private static String demoProduct(int n) {
        return UUID.nameUUIDFromBytes(("mercato-demo:product:" + n).getBytes(UTF_8)).toString();
    }

    /** The SKUs of a demo product as its public page shows them (sku, price, available). */
    private static List<JsonObject> skusOf(int product) {
        Http.Answer page = Http.get(Http.API + "/catalog/products/" + demoProduct(product));
        return ok(page).getJsonArray("skus").getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> demoSkus() {
        List<JsonObject> skus = new ArrayList<>();
        for (int product = 13; product <= 24; product++) {
            skus.addAll(skusOf(product));
        }
        return skus;
    }

    /** JSON-B leaves null members out; a client sees the same as null. */
    private static void assertAbsent(JsonObject object, String member) {
        assertThat(object.getOrDefault(member, JsonValue.NULL)).as(member + " of " + object).isEqualTo(JsonValue.NULL);
    }

    // ---- tests ---------------------------------------------------------------------------------------

    @Test
    void a_cart_starts_empty_then_shows_live_prices_line_totals_total_and_availability() {
        String token = newShopper();
        JsonObject empty = cart(token);
        assertThat(items(empty)).isEmpty();
        assertAbsent(empty, "total");

        List<JsonObject> skus = skusOf(13);
        JsonObject a = skus.get(0);
        JsonObject b = skus.get(1);
        JsonObject afterA = put(token, a.getString("sku"), 2);
        JsonObject lineA = item(afterA, a.getString("sku"));
        assertThat(lineA.getString("productId")).isEqualTo(demoProduct(13));
        assertThat(lineA.getString("name")).contains(a.getString("size"));
        assertThat(lineA.getInt("quantity")).isEqualTo(2);
        assertThat(lineA.getJsonObject("unitPrice")).isEqualTo(a.getJsonObject("price"));
        assertThat(amount(lineA.getJsonObject("lineTotal"))).isEqualTo(2 * amount(a.getJsonObject("price")));
        assertThat(lineA.getInt("available")).as("available summed over warehouses, as the product page").isEqualTo(a.getInt("available"));

        put(token, b.getString("sku"), 1);
        JsonObject changed = put(token, a.getString("sku"), 5);
        assertThat(items(changed)).extracting(i -> i.getString("sku"))
                .as("a changed line keeps its place").containsExactly(a.getString("sku"), b.getString("sku"));
        assertThat(item(changed, a.getString("sku")).getInt("quantity")).isEqualTo(5);
        long expected = 5 * amount(a.getJsonObject("price")) + amount(b.getJsonObject("price"));
        assertThat(amount(changed.getJsonObject("total"))).isEqualTo(expected);
        assertThat(changed.getJsonObject("total").getString("currency")).isEqualTo("EUR");
        assertThat(cart(token)).as("the cart is kept on the server").isEqualTo(changed);

        JsonObject removed = ok(call("DELETE", "/cart/items/" + b.getString("sku"), token, null));
        assertThat(items(removed)).extracting(i -> i.getString("sku")).containsExactly(a.getString("sku"));
        assertThat(ok(call("DELETE", "/cart/items/" + b.getString("sku"), token, null))).as("idempotent").isEqualTo(removed);
        assertThat(ok(call("DELETE", "/cart/items/NO-SUCH-SKU-1", token, null))).isEqualTo(removed);
        assertThat(ok(call("DELETE", "/cart/items/not%20a%20sku", token, null))).isEqualTo(removed);
    }

    @Test
    void bad_input_is_refused_with_problems_and_changes_nothing() {
        String token = newShopper();
        String sku = skusOf(14).get(0).getString("sku");
        put(token, sku, 3);
        String path = "/cart/items/" + sku;

        assertProblem(call("PUT", "/cart/items/NO-SUCH-SKU-1", token, "{\"quantity\": 1}"), 404, "not-found");
        assertProblem(call("PUT", "/cart/items/lower%20case", token, "{\"quantity\": 1}"), 404, "not-found");
        for (String body : List.of("{\"quantity\": 0}", "{\"quantity\": 51}", "{\"quantity\": -1}", "{}", "{\"quantity\": null}")) {
            JsonObject problem = assertProblem(call("PUT", path, token, body), 422, "invalid-input");
            assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                    .as(body).containsExactly("quantity");
        }
        for (String body : List.of("{\"quantity\":", "{\"quantity\": \"two\"}", "[1]", "{\"quantity\": {\"n\": 1}}")) {
            assertProblem(call("PUT", path, token, body), 400, "malformed-body");
        }
        assertProblem(call("PUT", path, token, "{\"quantity\": 1.5}"), 422, "invalid-input");
        assertProblem(call("PUT", path, token, "{\"quantity\": 1e12}"), 422, "invalid-input");
        assertProblem(call("PUT", path, token, ""), 400, "bad-request");
        assertProblem(Http.send(HttpRequest.newBuilder(URI.create(Http.API + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("3"))), 415, "unsupported-media-type");

        JsonObject cart = cart(token);
        assertThat(items(cart)).hasSize(1);
        assertThat(item(cart, sku).getInt("quantity")).as("nothing changed").isEqualTo(3);
    }

    @Test
    void without_a_valid_token_every_endpoint_is_401() {
        String sku = skusOf(14).get(1).getString("sku");
        for (String[] endpoint : List.of(
                new String[] {"GET", "/cart", null},
                new String[] {"PUT", "/cart/items/" + sku, "{\"quantity\": 1}"},
                new String[] {"DELETE", "/cart/items/" + sku, null},
                new String[] {"POST", "/cart/check", null},
                new String[] {"GET", "/wishlist", null},
                new String[] {"PUT", "/wishlist/items/" + sku, null},
                new String[] {"DELETE", "/wishlist/items/" + sku, null},
                new String[] {"POST", "/wishlist/items/" + sku + "/move-to-cart", null})) {
            assertProblem(call(endpoint[0], endpoint[1], null, endpoint[2]), 401, "unauthorized");
            assertProblem(call(endpoint[0], endpoint[1], "not.a.token", endpoint[2]), 401, "unauthorized");
        }
    }

    @Test
    void the_check_says_ok_not_enough_per_line_against_the_stock_now() {
        String token = newShopper();
        JsonObject emptyCheck = ok(call("POST", "/cart/check", token, null));
        assertThat(emptyCheck.getBoolean("ok")).as("an empty cart cannot be ordered").isFalse();
        assertThat(items(emptyCheck)).isEmpty();

        List<JsonObject> skus = demoSkus();
        JsonObject plenty = skus.stream().filter(s -> s.getInt("available") >= 2).findFirst().orElseThrow();
        JsonObject few = skus.stream().filter(s -> s.getInt("available") >= 1 && s.getInt("available") < 50
                && !s.equals(plenty)).findFirst().orElseThrow();
        JsonObject soldOut = skus.stream().filter(s -> s.getInt("available") == 0).findFirst()
                .orElseThrow(() -> new AssertionError("the demo shop has sold-out SKUs"));
        int fewAvailable = few.getInt("available");

        put(token, plenty.getString("sku"), 2);
        put(token, few.getString("sku"), fewAvailable + 1);
        JsonObject withSoldOut = put(token, soldOut.getString("sku"), 1);
        assertThat(item(withSoldOut, soldOut.getString("sku")).getInt("available"))
                .as("a cart may hold what is not available; only placement reserves").isZero();

        JsonObject check = ok(call("POST", "/cart/check", token, null));
        assertThat(check.getBoolean("ok")).isFalse();
        assertThat(item(check, plenty.getString("sku"))).isEqualTo(checkItem(plenty.getString("sku"), 2,
                plenty.getInt("available"), "OK"));
        assertThat(item(check, few.getString("sku"))).isEqualTo(checkItem(few.getString("sku"), fewAvailable + 1,
                fewAvailable, "NOT_ENOUGH"));
        assertThat(item(check, soldOut.getString("sku"))).isEqualTo(checkItem(soldOut.getString("sku"), 1, 0, "NOT_ENOUGH"));

        put(token, few.getString("sku"), fewAvailable);
        ok(call("DELETE", "/cart/items/" + soldOut.getString("sku"), token, null));
        JsonObject passed = ok(call("POST", "/cart/check", token, null));
        assertThat(passed.getBoolean("ok")).isTrue();
        assertThat(items(passed)).extracting(i -> i.getString("status")).containsOnly("OK");
    }

    private static JsonObject checkItem(String sku, int requested, int available, String status) {
        return jakarta.json.Json.createObjectBuilder().add("sku", sku).add("requested", requested)
                .add("available", available).add("status", status).build();
    }

    @Test
    void a_cart_holds_at_most_fifty_lines() {
        String token = newShopper();
        List<JsonObject> skus = demoSkus();
        for (int i = 0; i < 50; i++) {
            put(token, skus.get(i).getString("sku"), 1);
        }
        JsonObject problem = assertProblem(call("PUT", "/cart/items/" + skus.get(50).getString("sku"), token,
                "{\"quantity\": 1}"), 422, "invalid-input");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("sku");
        assertThat(put(token, skus.get(7).getString("sku"), 50).getJsonArray("items")).as("existing lines still change").hasSize(50);
        ok(call("DELETE", "/cart/items/" + skus.get(0).getString("sku"), token, null));
        assertThat(put(token, skus.get(50).getString("sku"), 1).getJsonArray("items")).hasSize(50);
    }

    @Test
    void another_shoppers_cart_and_wishlist_are_out_of_reach() {
        String anna = newShopper();
        String ben = newShopper();
        String sku = skusOf(15).get(0).getString("sku");
        put(anna, sku, 4);
        ok(call("PUT", "/wishlist/items/" + sku, anna, null));

        assertThat(items(cart(ben))).isEmpty();
        assertThat(items(ok(call("GET", "/wishlist", ben, null)))).isEmpty();
        ok(call("DELETE", "/cart/items/" + sku, ben, null));
        ok(call("DELETE", "/wishlist/items/" + sku, ben, null));
        assertProblem(call("POST", "/wishlist/items/" + sku + "/move-to-cart", ben, null), 404, "not-found");
        put(ben, sku, 1);

        assertThat(item(cart(anna), sku).getInt("quantity")).isEqualTo(4);
        assertThat(items(ok(call("GET", "/wishlist", anna, null)))).hasSize(1);
        assertThat(item(cart(ben), sku).getInt("quantity")).isEqualTo(1);
    }

    @Test
    void the_wishlist_keeps_skus_once_and_moves_them_into_the_cart() {
        String token = newShopper();
        List<JsonObject> skus = skusOf(16);
        JsonObject a = skus.get(0);
        JsonObject b = skus.get(1);
        assertThat(items(ok(call("GET", "/wishlist", token, null)))).isEmpty();

        JsonObject kept = ok(call("PUT", "/wishlist/items/" + a.getString("sku"), token, null));
        JsonObject item = item(kept, a.getString("sku"));
        assertThat(item.getString("productId")).isEqualTo(demoProduct(16));
        assertThat(item.getString("name")).isNotBlank();
        assertThat(item.getJsonObject("price")).isEqualTo(a.getJsonObject("price"));
        assertThat(item.getInt("available")).isEqualTo(a.getInt("available"));
        assertThat(ok(call("PUT", "/wishlist/items/" + a.getString("sku"), token, null))).as("idempotent").isEqualTo(kept);
        ok(call("PUT", "/wishlist/items/" + b.getString("sku"), token, null));
        assertProblem(call("PUT", "/wishlist/items/NO-SUCH-SKU-1", token, null), 404, "not-found");

        // Without a body: one unit.
        JsonObject cart = ok(call("POST", "/wishlist/items/" + a.getString("sku") + "/move-to-cart", token, null));
        assertThat(item(cart, a.getString("sku")).getInt("quantity")).isEqualTo(1);
        assertThat(items(ok(call("GET", "/wishlist", token, null)))).extracting(i -> i.getString("sku"))
                .containsExactly(b.getString("sku"));
        assertProblem(call("POST", "/wishlist/items/" + a.getString("sku") + "/move-to-cart", token, null), 404, "not-found");

        // Moving adds to the line already in the cart.
        ok(call("PUT", "/wishlist/items/" + a.getString("sku"), token, null));
        cart = ok(call("POST", "/wishlist/items/" + a.getString("sku") + "/move-to-cart", token, "{\"quantity\": 3}"));
        assertThat(item(cart, a.getString("sku")).getInt("quantity")).isEqualTo(4);

        // A move the cart refuses changes neither: the item stays on the wishlist.
        put(token, b.getString("sku"), 49);
        assertProblem(call("POST", "/wishlist/items/" + b.getString("sku") + "/move-to-cart", token, "{\"quantity\": 2}"),
                422, "invalid-input");
        assertProblem(call("POST", "/wishlist/items/" + b.getString("sku") + "/move-to-cart", token, "{\"quantity\": 0}"),
                422, "invalid-input");
        assertProblem(call("POST", "/wishlist/items/" + b.getString("sku") + "/move-to-cart", token, "{\"quantity\":"),
                400, "malformed-body");
        assertThat(items(ok(call("GET", "/wishlist", token, null)))).extracting(i -> i.getString("sku"))
                .containsExactly(b.getString("sku"));
        assertThat(item(cart(token), b.getString("sku")).getInt("quantity")).isEqualTo(49);

        JsonObject removed = ok(call("DELETE", "/wishlist/items/" + b.getString("sku"), token, null));
        assertThat(items(removed)).isEmpty();
        assertThat(ok(call("DELETE", "/wishlist/items/" + b.getString("sku"), token, null))).as("idempotent").isEqualTo(removed);
    }

    @Test
    void simultaneous_puts_of_one_line_all_succeed_and_one_of_them_wins() throws Exception {
        String token = newShopper();
        String sku = skusOf(17).get(0).getString("sku");
        String wished = skusOf(17).get(1).getString("sku");
        int requests = 16;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 1; i <= requests; i++) {
                int quantity = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return (quantity % 2 == 0
                            ? call("PUT", "/cart/items/" + sku, token, "{\"quantity\": " + quantity + "}")
                            : call("PUT", "/wishlist/items/" + wished, token, null)).status();
                };
                answers.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonObject cart = cart(token);
        assertThat(items(cart)).hasSize(1);
        assertThat(item(cart, sku).getInt("quantity")).isBetween(2, requests).isEven();
        assertThat(items(ok(call("GET", "/wishlist", token, null)))).hasSize(1);
    }

    // ---- through the integrator feeds (needs Chromium to issue the API keys on the admin portal) -------

    private static JsonObject feedJob(String catalogKey, String csv) {
        Http.Answer submitted = Http.send(HttpRequest.newBuilder(URI.create(Http.API + "/integrations/catalog-feed"))
                .header("Content-Type", "text/csv").header("X-Api-Key", catalogKey)
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            JsonObject job = Http.send(HttpRequest.newBuilder(URI.create(submitted.header("Location")))
                    .header("X-Api-Key", catalogKey).GET()).json();
            if (List.of("SUCCEEDED", "COMPLETED_WITH_ERRORS", "FAILED").contains(job.getString("status"))) {
                return job;
            }
            assertThat(Instant.now()).as("job still " + job.getString("status")).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void prices_and_stock_changed_through_the_feeds_show_in_the_cart_at_once() {
        String catalogKey = IssuedKeys.issue("CATALOG_FEED");
        String stockKey = IssuedKeys.issue("STOCK_FEED");
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        String sku = "CW" + run + "-NOX-90x200";
        String header = "manufacturer,manufacturerCountry,category,product,description,material,sku,size,firmness,height,price,currency\n";
        String line = "Cartwerk " + run + ",DE,memory-foam,Noctis,A model of the cart test,Foam," + sku + ",90x200,medium,20,%s,EUR\n";
        assertThat(feedJob(catalogKey, header + line.formatted("100.00")).getString("status")).isEqualTo("SUCCEEDED");

        String token = newShopper();
        JsonObject fresh = item(put(token, sku, 3), sku);
        assertThat(amount(fresh.getJsonObject("unitPrice"))).isEqualTo(10_000);
        assertThat(fresh.getInt("available")).as("a new SKU has no stock yet").isZero();
        assertThat(item(ok(call("POST", "/cart/check", token, null)), sku).getString("status")).isEqualTo("NOT_ENOUGH");

        Http.Answer stocked = Http.send(HttpRequest.newBuilder(URI.create(Http.API + "/integrations/stock-feed"))
                .header("Content-Type", "application/json").header("X-Api-Key", stockKey)
                .POST(HttpRequest.BodyPublishers.ofString("[{\"sku\": \"" + sku + "\", \"warehouse\": \"BER-1\", \"onHand\": 5}]")));
        assertThat(stocked.status()).as(stocked.toString()).isEqualTo(200);
        assertThat(item(cart(token), sku).getInt("available")).isEqualTo(5);
        JsonObject check = ok(call("POST", "/cart/check", token, null));
        assertThat(check.getBoolean("ok")).isTrue();

        assertThat(feedJob(catalogKey, header + line.formatted("120.00")).getString("status")).isEqualTo("SUCCEEDED");
        JsonObject repriced = cart(token);
        assertThat(amount(item(repriced, sku).getJsonObject("unitPrice"))).isEqualTo(12_000);
        assertThat(amount(item(repriced, sku).getJsonObject("lineTotal"))).isEqualTo(36_000);
        assertThat(amount(repriced.getJsonObject("total"))).isEqualTo(36_000);
    }

    // ---- by SQL, on PostgreSQL only --------------------------------------------------------------------

    private static Connection database() throws SQLException {
        String url = System.getenv("MERCATO_DB_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "needs a database the test can reach: runs on PostgreSQL (MERCATO_DB_URL), skipped on embedded H2");
        return DriverManager.getConnection(url, System.getenv().getOrDefault("MERCATO_DB_USER", "postgres"),
                System.getenv().getOrDefault("MERCATO_DB_PASSWORD", ""));
    }

    private static void setPrice(Connection db, String sku, long amount) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("update sku set price_amount = ? where code = ?")) {
            update.setLong(1, amount);
            update.setString(2, sku);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void the_cart_follows_a_price_change_that_the_cached_product_page_has_not_seen() throws Exception {
        try (Connection db = database()) {
            String token = newShopper();
            JsonObject sku = skusOf(18).get(2);
            String code = sku.getString("sku");
            long original = amount(sku.getJsonObject("price"));
            put(token, code, 3);
            ok(call("PUT", "/wishlist/items/" + code, token, null));
            long changed = original + 1_111;
            try {
                // Behind every cache's back: the product page stays cached with the old price.
                setPrice(db, code, changed);
                JsonObject line = item(cart(token), code);
                assertThat(amount(line.getJsonObject("unitPrice"))).isEqualTo(changed);
                assertThat(amount(line.getJsonObject("lineTotal"))).isEqualTo(3 * changed);
                assertThat(amount(cart(token).getJsonObject("total"))).isEqualTo(3 * changed);
                assertThat(amount(item(ok(call("GET", "/wishlist", token, null)), code).getJsonObject("price"))).isEqualTo(changed);
            } finally {
                setPrice(db, code, original);
            }
            assertThat(amount(item(cart(token), code).getJsonObject("unitPrice"))).isEqualTo(original);
        }
    }

    @Test
    void a_sku_that_left_the_catalog_stays_visible_is_not_found_in_the_check_and_can_be_removed() throws Exception {
        try (Connection db = database()) {
            String token = newShopper();
            String kept = skusOf(19).get(0).getString("sku");
            long skuId = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
            String leaving = "GONE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            String dollars = "USD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            insertSku(db, skuId, leaving, "EUR");
            insertSku(db, skuId + 1, dollars, "USD");
            try {
                put(token, kept, 1);
                JsonObject before = put(token, leaving, 2);
                ok(call("PUT", "/wishlist/items/" + leaving, token, null));

                JsonObject refused = assertProblem(call("PUT", "/cart/items/" + dollars, token, "{\"quantity\": 1}"),
                        422, "invalid-input");
                assertThat(refused.getJsonArray("errors").getJsonObject(0).getString("message")).contains("EUR");

                delete(db, skuId);
                JsonObject cart = cart(token);
                JsonObject gone = item(cart, leaving);
                assertThat(gone.getInt("quantity")).isEqualTo(2);
                assertThat(gone.getInt("available")).isZero();
                assertAbsent(gone, "unitPrice");
                assertAbsent(gone, "productId");
                assertThat(amount(cart.getJsonObject("total"))).as("only lines with a price count")
                        .isEqualTo(amount(item(before, kept).getJsonObject("lineTotal")));

                JsonObject check = ok(call("POST", "/cart/check", token, null));
                assertThat(check.getBoolean("ok")).isFalse();
                assertThat(item(check, leaving).getString("status")).isEqualTo("NOT_FOUND");
                assertThat(item(check, leaving).getInt("requested")).isEqualTo(2);
                assertThat(item(check, leaving).getInt("available")).isZero();

                assertProblem(call("PUT", "/cart/items/" + leaving, token, "{\"quantity\": 1}"), 404, "not-found");
                JsonObject wishlist = ok(call("GET", "/wishlist", token, null));
                assertAbsent(item(wishlist, leaving), "price");
                assertProblem(call("POST", "/wishlist/items/" + leaving + "/move-to-cart", token, null), 404, "not-found");
                assertThat(items(ok(call("DELETE", "/wishlist/items/" + leaving, token, null)))).isEmpty();
                assertThat(items(ok(call("DELETE", "/cart/items/" + leaving, token, null)))).extracting(i -> i.getString("sku"))
                        .containsExactly(kept);
            } finally {
                delete(db, skuId);
                delete(db, skuId + 1);
            }
        }
    }

    private static void insertSku(Connection db, long id, String code, String currency) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into sku (id, code, product_id, size_code, firmness, height_cm, price_amount, price_currency)
                values (?, ?, ?, '90x200', 'MEDIUM', 20, 9900, ?)""")) {
            insert.setLong(1, id);
            insert.setString(2, code);
            insert.setObject(3, UUID.fromString(demoProduct(19)));
            insert.setString(4, currency);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    private static void delete(Connection db, long id) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("delete from sku where id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }
}
