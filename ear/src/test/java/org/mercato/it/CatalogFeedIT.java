package org.mercato.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mercato.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The integrators' catalog feed (API.md "Staff and integrators"; issue 4 item 7): a feed file becomes a
 * background job whose lines are upserted one by one, and the catalog shows the result. Every run uses a
 * manufacturer and SKU codes of its own, so it holds on a database that earlier runs have filled.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogFeedIT {

    private static final String FEED = Http.API + "/integrations/catalog-feed";
    private static final String HEADER = "manufacturer,manufacturerCountry,category,categoryName,product,description,material,"
            + "sku,size,firmness,height,price,currency,attribute.cover\n";
    private static String catalogKey;
    private static String stockKey;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MercatoDeployment.ear();
    }

    @BeforeAll
    static void issueKeys() {
        catalogKey = IssuedKeys.issue("CATALOG_FEED");
        stockKey = IssuedKeys.issue("STOCK_FEED");
    }

    private static Http.Answer send(String key, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(FEED)).header("Content-Type", contentType);
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return Http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Http.Answer job(String key, String location) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(location)).GET();
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return Http.send(request);
    }

    /** Submits the feed, expects 202 and waits until the job has finished. */
    private static JsonObject imported(String contentType, String body) {
        Http.Answer submitted = send(catalogKey, contentType, body);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        assertThat(submitted.json().getString("status")).isEqualTo("QUEUED");
        String location = submitted.header("Location");
        assertThat(location).endsWith("/api/v1/integrations/jobs/" + submitted.json().getString("jobId"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            JsonObject job = job(catalogKey, location).json();
            if (List.of("SUCCEEDED", "COMPLETED_WITH_ERRORS", "FAILED").contains(job.getString("status"))) {
                return job;
            }
            assertThat(Instant.now()).as("job still " + job.getString("status")).isBefore(deadline);
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject counts(JsonObject job) {
        return job.getJsonObject("counts");
    }

    private static JsonObject manufacturer(String name) {
        return Http.get(Http.API + "/catalog/manufacturers").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("name").equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    @Test
    void a_manufacturer_catalog_lands_from_csv_and_the_same_feed_again_as_csv_or_json_lines_changes_nothing() {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String maker = "Feedwerk " + run;
        // A demo category: other ITs count the demo shop's categories, and new ones are covered by unit tests.
        String category = "memory-foam";
        String csv = HEADER
                + maker + ",DE," + category + ",Memory foam," + "Aurora,\"Seven zones, \"\"cool\"\" cover\",Memory foam,FW" + run + "-AUR-90x200,90x200,medium,22,499.00,EUR,cotton\n"
                + maker + ",DE," + category + ",Memory foam," + "Aurora,\"Seven zones, \"\"cool\"\" cover\",Memory foam,FW" + run + "-AUR-160x200,160x200,medium,22,799.00,EUR,cotton\n"
                + maker + ",DE," + category + ",Memory foam," + "Borealis,Pocket springs,Springs,FW" + run + "-BOR-90x200,90x200,firm,25,649.00,EUR,\n"
                + maker + ",DE," + category + ",Memory foam," + "Borealis,Pocket springs,Springs,FW" + run + "-BOR-180x200,180x200,firm,25,999.00,EUR,\n";

        JsonObject first = imported("text/csv", csv);
        assertThat(first.getString("status")).as(first.toString()).isEqualTo("SUCCEEDED");
        assertThat(counts(first).getInt("total")).isEqualTo(4);
        assertThat(counts(first).getInt("created")).isEqualTo(4);
        assertThat(first.getString("startedAt")).isNotBlank();
        assertThat(first.getString("finishedAt")).isNotBlank();
        assertThat(first.getJsonObject("source").getString("format")).isEqualTo("CSV");
        JsonObject listed = manufacturer(maker);
        assertThat(listed.getString("country")).isEqualTo("DE");
        assertThat(listed.getInt("productCount")).as("two models, each with two SKUs").isEqualTo(2);

        JsonObject again = imported("text/csv; charset=UTF-8", csv);
        assertThat(again.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(counts(again).getInt("unchanged")).as(again.toString()).isEqualTo(4);

        String jsonLines = """
                {"manufacturer": "%1$s", "category": "%2$s", "product": "Aurora", "sku": "FW%3$s-AUR-90x200", "size": "90x200", "firmness": "medium", "height": 22, "price": 499, "currency": "EUR", "attributes": {"cover": "cotton"}}
                {"manufacturer": "%1$s", "category": "%2$s", "product": "Aurora", "sku": "FW%3$s-AUR-160x200", "size": "160x200", "firmness": "MEDIUM", "height": 22, "price": "799.00", "currency": "EUR"}

                {"manufacturer": "%1$s", "manufacturerCountry": "DE", "category": "%2$s", "product": "Borealis", "sku": "FW%3$s-BOR-90x200", "size": "90x200", "firmness": "firm", "height": 25, "price": 649.0, "currency": "EUR"}
                """.formatted(maker, category, run);
        JsonObject lines = imported("application/x-ndjson", jsonLines);
        assertThat(lines.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(counts(lines).getInt("total")).isEqualTo(3);
        assertThat(counts(lines).getInt("unchanged")).as(lines.toString()).isEqualTo(3);
        assertThat(manufacturer(maker).getInt("productCount")).isEqualTo(2);
    }

    @Test
    void a_price_change_by_feed_gives_the_product_page_a_new_entity_tag() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String maker = "Feedwerk tag " + run;
        String line = maker + ",DE,memory-foam,Memory foam,Nimbus,Soft foam,Memory foam,FT" + run
                + "-NIM-90x200,90x200,medium,22,%s,EUR,cotton\n";
        assertThat(imported("text/csv", HEADER + line.formatted("499.00")).getString("status")).isEqualTo("SUCCEEDED");
        String page = Http.API + "/catalog/products/" + onlyProductOf(manufacturer(maker).getString("id"));
        HttpResponse<byte[]> before = Http.getBytes(page, "Accept-Encoding", "gzip");
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(Http.getBytes(page, "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode())
                .as("unchanged page, cached and revalidated").isEqualTo(304);

        JsonObject changed = imported("text/csv", HEADER + line.formatted("459.00"));
        assertThat(counts(changed).getInt("updated")).as(changed.toString()).isEqualTo(1);

        HttpResponse<byte[]> after = Http.getBytes(page, "Accept-Encoding", "gzip", "If-None-Match", etag);
        assertThat(after.statusCode()).as("the old tag no longer names the page").isEqualTo(200);
        String newEtag = after.headers().firstValue("ETag").orElseThrow();
        assertThat(newEtag).isNotEqualTo(etag);
        JsonObject product;
        try (var reader = Json.createReader(new ByteArrayInputStream(CatalogApiIT.gunzip(after.body())))) {
            product = reader.readObject();
        }
        assertThat(product.getJsonArray("skus").getJsonObject(0).getJsonObject("price").getJsonNumber("amount").longValue())
                .isEqualTo(45_900);
        assertThat(Http.getBytes(page, "Accept-Encoding", "gzip", "If-None-Match", newEtag).statusCode()).isEqualTo(304);
    }

    /**
     * ADR 0021: what a feed writes is searchable when its line has committed, by text and by every SKU
     * condition, with price, facets and price order following a price change at once (no answer cache, no
     * reindexing of SKUs).
     */
    @Test
    void an_imported_product_and_its_new_price_are_searchable_at_once() throws InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String maker = "Feedwerk search " + run;
        String line = maker + ",DE,latex,,Zephyrine,Natural latex,Latex,FS" + run + "-ZEP-%s,%s,%s,%d,%s,EUR,cotton\n";
        String csv = HEADER + line.formatted("90x200", "90x200", "soft", 18, "399.00")
                + line.formatted("160x200", "160x200", "firm", 22, "899.00");
        assertThat(imported("text/csv", csv).getString("status")).isEqualTo("SUCCEEDED");
        String makerId = manufacturer(maker).getString("id");
        String byMaker = Http.API + "/catalog/products?manufacturer=" + makerId;

        JsonObject found = Http.get(Http.API + "/catalog/products?q=zephyrin&manufacturer=" + makerId).json();
        assertThat(found.getInt("total")).as("found by a misspelt name right after the import").isEqualTo(1);
        JsonObject item = found.getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("name")).isEqualTo("Zephyrine");
        assertThat(item.getJsonObject("priceFrom").getJsonNumber("amount").longValue()).isEqualTo(39_900);
        assertThat(item.getBoolean("inStock")).as("new SKUs have no stock").isFalse();
        JsonObject facets = found.getJsonObject("facets");
        assertThat(facets.getJsonArray("size").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("value") + "=" + v.getInt("count")).containsExactly("90x200=1", "160x200=1");
        assertThat(facets.getJsonArray("firmness").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("value")).containsExactly("soft", "firm");
        assertThat(priceCounts(facets)).containsExactly(1, 0, 0, 1, 0);

        JsonObject bigger = Http.get(byMaker + "&size=160x200").json();
        assertThat(bigger.getJsonArray("items").getJsonObject(0).getJsonObject("priceFrom").getJsonNumber("amount")
                .longValue()).as("the price of the SKU asked for").isEqualTo(89_900);
        assertThat(Http.get(byMaker + "&inStock=true").json().getInt("total")).isZero();
        assertThat(Http.get(byMaker + "&maxPrice=40000").json().getInt("total")).isEqualTo(1);

        // Shoppers search all along while the price changes: none of them fails, none sees the old price again
        // once it has seen the new one, and once the line has committed the next search shows the new price.
        AtomicBoolean searching = new AtomicBoolean(true);
        List<List<Long>> seen = Collections.synchronizedList(new ArrayList<>());
        ExecutorService shoppers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            shoppers.submit(() -> {
                List<Long> prices = new ArrayList<>();
                while (searching.get()) {
                    try {
                        Http.Answer answer = Http.get(byMaker);
                        prices.add(answer.status() != 200 ? -answer.status()
                                : answer.json().getJsonArray("items").getJsonObject(0).getJsonObject("priceFrom")
                                        .getJsonNumber("amount").longValue());
                    } catch (RuntimeException e) {
                        prices.add(-1L);
                    }
                }
                seen.add(prices);
            });
        }
        JsonObject changed;
        try {
            changed = imported("text/csv", HEADER + line.formatted("90x200", "90x200", "soft", 18, "459.00"));
        } finally {
            searching.set(false);
            shoppers.shutdown();
        }
        assertThat(shoppers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(counts(changed).getInt("updated")).as(changed.toString()).isEqualTo(1);
        assertThat(seen).hasSize(4);
        for (List<Long> prices : seen) {
            assertThat(prices).as("what one shopper saw, in order").isNotEmpty().containsAnyOf(39_900L, 45_900L)
                    .allMatch(p -> p == 39_900 || p == 45_900);
            int firstNew = prices.indexOf(45_900L);
            if (firstNew >= 0) {
                assertThat(prices.subList(firstNew, prices.size())).as("never the old price after the new").containsOnly(45_900L);
            }
        }

        JsonObject after = Http.get(byMaker).json();
        assertThat(after.getJsonArray("items").getJsonObject(0).getJsonObject("priceFrom").getJsonNumber("amount")
                .longValue()).as("the new price at once").isEqualTo(45_900);
        assertThat(priceCounts(after.getJsonObject("facets"))).containsExactly(0, 1, 0, 1, 0);
        assertThat(Http.get(byMaker + "&maxPrice=40000").json().getInt("total")).isZero();
    }

    private static List<Integer> priceCounts(JsonObject facets) {
        return facets.getJsonArray("price").getValuesAs(JsonObject.class).stream().map(r -> r.getInt("count")).toList();
    }

    /** The id of the one product the search index knows for the manufacturer (indexing follows the commit). */
    private static String onlyProductOf(String manufacturerId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<JsonObject> items = Http.get(Http.API + "/catalog/products?manufacturer=" + manufacturerId).json()
                    .getJsonArray("items").getValuesAs(JsonObject.class);
            if (items.size() == 1) {
                return items.get(0).getString("id");
            }
            assertThat(Instant.now()).as("product of " + manufacturerId + " not found in search").isBefore(deadline);
            sleep();
        }
    }

    @Test
    void bad_lines_are_reported_with_line_and_field_while_good_lines_land() {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String maker = "Feedwerk bad " + run;
        String csv = HEADER
                + maker + ",IT,latex,,Cirrus,Latex core,Latex,FB" + run + "-CIR-90x200,90x200,soft,18,399.00,EUR,\n"
                + maker + ",IT,latex,,Cirrus,Latex core,Latex,FB" + run + "-CIR-140x200,140x200,soft,18,12.345,EUR,\n"
                + maker + ",IT,latex,,Cirrus,Latex core,Latex,FB" + run + "-CIR-160x200,160x200,rock-hard,18,599.00,EUR,\n"
                + "just,three,values\n";

        JsonObject job = imported("text/csv", csv);

        assertThat(job.getString("status")).as(job.toString()).isEqualTo("COMPLETED_WITH_ERRORS");
        assertThat(counts(job).getInt("total")).isEqualTo(4);
        assertThat(counts(job).getInt("processed")).isEqualTo(4);
        assertThat(counts(job).getInt("created")).isEqualTo(1);
        assertThat(counts(job).getInt("failed")).isEqualTo(3);
        List<JsonObject> errors = job.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).extracting(e -> e.getInt("line")).containsExactly(3, 4, 5);
        assertThat(errors.get(0).getString("field")).isEqualTo("price");
        assertThat(errors.get(1).getString("field")).isEqualTo("firmness");
        assertThat(errors.get(2).containsKey("field")).as("the line as a whole is at fault").isFalse();
        assertThat(manufacturer(maker).getInt("productCount")).isEqualTo(1);

        assertThat(job(stockKey, Http.API + "/integrations/jobs/" + job.getString("id")).status())
                .as("any key with a feed scope reads jobs").isEqualTo(200);
    }

    @Test
    void a_file_that_is_no_feed_is_refused_and_makes_no_job() {
        for (Http.Answer refused : List.of(
                send(catalogKey, "text/csv", ""),
                send(catalogKey, "text/csv", "name,colour\nLuna,blue\n"),
                send(catalogKey, "application/jsonl", HEADER + "a,b,c\n"),
                send(catalogKey, "application/json", "{\"objectKey\": \"invoices/2026/x.csv\"}"),
                send(catalogKey, "application/json", "{\"objectKey\": \"imports/none-" + UUID.randomUUID() + ".csv\"}"),
                send(catalogKey, "application/json", "{\"s3Uri\": \"s3://someone-elses/imports/a.csv\"}"))) {
            assertProblem(refused, 422, "invalid-input");
            assertThat(refused.header("Location")).isNull();
        }
        assertProblem(send(catalogKey, "text/plain", HEADER), 415, "unsupported-media-type");
        assertProblem(send(catalogKey, "application/json", "[1,"), 400, "malformed-body");
    }

    @Test
    void keys_and_jobs_are_checked() {
        assertProblem(send(stockKey, "text/csv", HEADER), 403, "forbidden");
        assertProblem(send(null, "text/csv", HEADER), 401, "unauthorized");
        assertProblem(job(catalogKey, Http.API + "/integrations/jobs/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(job(catalogKey, Http.API + "/integrations/jobs/not-a-uuid"), 404, "not-found");
    }

    @Test
    void a_feed_may_be_larger_than_the_api_body_limit_but_not_than_its_own() {
        StringBuilder big = new StringBuilder(HEADER);
        String filler = "x".repeat(3000);
        // Over 1 MiB of lines that all fail (a new manufacturer without a country): the size is the point.
        while (big.length() < 1_200_000) {
            big.append("Feedwerk big,,feed-big,,Big,").append(filler).append(",Foam,FWBIG-1,90x200,medium,20,1.00,EUR,\n");
        }
        Http.Answer submitted = send(catalogKey, "text/csv", big.toString());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
    }
}
