package org.mercato.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mercato.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The integrators' stock feed (API.md "Staff and integrators"; issue 4 item 7): each line sets on-hand
 * through the ledger on its own, and the shopper's product page shows the result at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StockFeedIT {

    private static final String FEED = Http.API + "/integrations/stock-feed";
    private static final String SKU = "DOR-0001-90x200-S-18";
    private static final String PRODUCT = UUID.nameUUIDFromBytes("mercato-demo:product:0".getBytes(StandardCharsets.UTF_8)).toString();
    private static String stockKey;
    private static String catalogOnlyKey;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MercatoDeployment.ear();
    }

    @BeforeAll
    static void issueKeys() {
        stockKey = IssuedKeys.issue("STOCK_FEED");
        catalogOnlyKey = IssuedKeys.issue("CATALOG_FEED");
    }

    private static Http.Answer feed(String key, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(FEED)).header("Content-Type", "application/json");
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return Http.send(request.POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static int available(String sku) {
        return Http.get(Http.API + "/catalog/products/" + PRODUCT).json().getJsonArray("skus").getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getString("sku").equals(sku)).findFirst().orElseThrow().getInt("available");
    }

    @Test
    void every_line_is_applied_or_refused_on_its_own_and_the_product_page_follows_at_once() {
        available(SKU); // puts the product page into the cache, which the feed must evict
        String page = Http.API + "/catalog/products/" + PRODUCT;
        String etag = Http.getBytes(page).headers().firstValue("ETag").orElseThrow();
        Http.Answer answer = feed(stockKey, """
                [{"sku": "%s", "warehouse": "BER-1", "onHand": 7},
                 {"sku": "%s", "warehouse": "mil-1", "onHand": 5},
                 {"sku": "NOPE-0000", "warehouse": "BER-1", "onHand": 1},
                 {"sku": "%s", "warehouse": "XXX-9", "onHand": 1},
                 {"sku": "%s", "warehouse": "BER-1", "onHand": -3},
                 null]""".formatted(SKU, SKU, SKU, SKU));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<JsonObject> lines = answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(lines).extracting(l -> l.getString("status"))
                .containsExactly("UPDATED", "UPDATED", "UNKNOWN_SKU", "UNKNOWN_WAREHOUSE", "INVALID", "INVALID");
        assertThat(lines.get(1).getString("warehouse")).isEqualTo("MIL-1");
        assertThat(answer.json().getInt("updated")).isEqualTo(2);
        assertThat(answer.json().getInt("failed")).isEqualTo(4);
        assertThat(available(SKU)).as("7 in Berlin + 5 in Milano, not a stale cached page").isEqualTo(12);
        assertThat(Http.getBytes(page, "If-None-Match", etag).statusCode())
                .as("a stock change is a new page version: the old entity tag gets the page, not 304").isEqualTo(200);
        assertThat(Http.getBytes(page).headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

        Http.Answer again = feed(stockKey, "[{\"sku\": \"" + SKU + "\", \"warehouse\": \"BER-1\", \"onHand\": 7}]");
        assertThat(again.json().getJsonArray("items").getJsonObject(0).getString("status")).isEqualTo("UNCHANGED");
        assertThat(again.json().getJsonArray("items").getJsonObject(0).getInt("delta")).isZero();
    }

    @Test
    void search_in_stock_follows_the_feed_at_once() {
        String soft18 = SKU;
        String soft24 = "DOR-0001-90x200-S-24";
        String maker = Http.get(Http.API + "/catalog/products/" + PRODUCT).json().getJsonObject("manufacturer").getString("id");
        String search = Http.API + "/catalog/products?manufacturer=" + maker + "&size=90x200&firmness=soft&inStock=true&size=100";
        Http.get(search); // the sold-out set is now cached and must be invalidated by the feed
        Http.Answer emptied = feed(stockKey, """
                [{"sku": "%s", "warehouse": "BER-1", "onHand": 0}, {"sku": "%s", "warehouse": "MIL-1", "onHand": 0},
                 {"sku": "%s", "warehouse": "BER-1", "onHand": 0}, {"sku": "%s", "warehouse": "MIL-1", "onHand": 0}]"""
                .formatted(soft18, soft18, soft24, soft24));
        assertThat(emptied.json().getInt("failed")).isZero();
        assertThat(ids(Http.get(search))).doesNotContain(PRODUCT);
        feed(stockKey, "[{\"sku\": \"" + soft24 + "\", \"warehouse\": \"MIL-1\", \"onHand\": 3}]");
        assertThat(ids(Http.get(search))).contains(PRODUCT);
    }

    private static List<String> ids(Http.Answer page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("id")).toList();
    }

    @Test
    void a_key_without_the_scope_is_403_and_no_key_is_401() {
        String body = "[{\"sku\": \"" + SKU + "\", \"warehouse\": \"BER-1\", \"onHand\": 1}]";
        assertProblem(feed(catalogOnlyKey, body), 403, "forbidden");
        assertProblem(feed(null, body), 401, "unauthorized");
        Http.Answer bearerOnly = Http.send(HttpRequest.newBuilder(URI.create(FEED)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer not-a-key").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertProblem(bearerOnly, 401, "unauthorized");
    }

    @Test
    void a_malformed_feed_is_refused_whole() {
        assertProblem(feed(stockKey, "{\"sku\": \"" + SKU + "\"}"), 400, "malformed-body");
        assertProblem(feed(stockKey, "[{\"sku\": "), 400, "malformed-body");
        assertProblem(feed(stockKey, "[]"), 422, "invalid-input");
    }
}
