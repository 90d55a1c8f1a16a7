package org.mercato.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mercato.it.Problems.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton end to end: REST resource, use case, out-port, JPA, the demo data loaded at the
 * first start, and the replicated product cache (API.md "Catalog"; R6 cache layer, R17 unknown id 404).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogApiIT {

    /** The first demo product ("Dormio Aurora"); demo ids are the same on every installation. */
    static final String DEMO_PRODUCT = UUID.nameUUIDFromBytes(
            "mercato-demo:product:0".getBytes(StandardCharsets.UTF_8)).toString();

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MercatoDeployment.ear();
    }

    @Test
    void categories_of_the_demo_shop_come_as_one_page() {
        Http.Answer answer = Http.get(Http.API + "/catalog/categories");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonObject page = answer.json();
        JsonArray items = page.getJsonArray("items");
        assertThat(items).hasSize(5);
        assertThat(page.getInt("total")).isEqualTo(5);
        assertThat(page.getInt("page")).isZero();
        assertThat(items.getValuesAs(JsonObject.class)).extracting(c -> c.getString("slug"))
                .containsExactly("memory-foam", "pocket-spring", "latex", "hybrid", "childrens");
        assertThat(items.getValuesAs(JsonObject.class).stream().mapToInt(c -> c.getInt("productCount")).sum())
                .isEqualTo(25);
    }

    @Test
    void manufacturers_come_by_name_with_their_product_counts_and_lists_are_cached() throws Exception {
        Http.Answer answer = Http.get(Http.API + "/catalog/manufacturers");
        assertThat(answer.status()).isEqualTo(200);
        JsonArray items = answer.json().getJsonArray("items");
        assertThat(items.getValuesAs(JsonObject.class)).extracting(m -> m.getString("name"))
                .containsExactly("Dormio", "Lune & Co", "Nordsleep", "Schlafwerk", "Somnia");
        assertThat(items.getValuesAs(JsonObject.class)).allSatisfy(m -> {
            assertThat(m.getInt("productCount")).isEqualTo(5);
            assertThat(m.getString("country")).matches("[A-Z]{2}");
        });
        long hitsBefore = cacheStatistic("catalog-lists", "hits");
        assertThat(Http.get(Http.API + "/catalog/manufacturers").body()).isEqualTo(answer.body());
        assertThat(Http.get(Http.API + "/catalog/categories").status()).isEqualTo(200);
        assertThat(Http.get(Http.API + "/catalog/categories").status()).isEqualTo(200);
        assertThat(cacheStatistic("catalog-lists", "hits")).isGreaterThanOrEqualTo(hitsBefore + 2);
    }

    @Test
    void a_product_shows_its_skus_prices_and_live_availability() {
        Http.Answer answer = Http.get(Http.API + "/catalog/products/" + DEMO_PRODUCT);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonObject product = answer.json();
        assertThat(product.getString("id")).isEqualTo(DEMO_PRODUCT);
        assertThat(product.getString("name")).isEqualTo("Dormio Aurora");
        assertThat(product.getJsonObject("manufacturer").getString("name")).isEqualTo("Dormio");
        assertThat(product.getJsonObject("category").getString("slug")).isEqualTo("memory-foam");
        assertThat(product.getJsonObject("attributes").keySet()).contains("cover", "zones", "warrantyYears");
        JsonArray skus = product.getJsonArray("skus");
        assertThat(skus).hasSize(16);
        long cheapest = Long.MAX_VALUE;
        for (JsonValue value : skus) {
            JsonObject sku = value.asJsonObject();
            assertThat(sku.getString("sku")).startsWith("DOR-0001-");
            assertThat(sku.getString("size")).matches("\\d{2,3}x200");
            assertThat(sku.getString("firmness")).matches("[a-z-]+");
            assertThat(sku.getJsonObject("price").getString("currency")).isEqualTo("EUR");
            assertThat(sku.getInt("available")).isBetween(0, 80);
            cheapest = Math.min(cheapest, sku.getJsonObject("price").getJsonNumber("amount").longValue());
        }
        assertThat(product.getJsonObject("priceFrom").getJsonNumber("amount").longValue()).isEqualTo(cheapest);
    }

    @Test
    void a_second_read_of_a_product_is_served_from_the_replicated_cache() throws Exception {
        String other = UUID.nameUUIDFromBytes("mercato-demo:product:7".getBytes(StandardCharsets.UTF_8)).toString();
        long hitsBefore = cacheStatistic("product-detail", "hits");
        long missesBefore = cacheStatistic("product-detail", "misses");
        String first = Http.get(Http.API + "/catalog/products/" + other).body();
        String second = Http.get(Http.API + "/catalog/products/" + other).body();
        assertThat(second).isEqualTo(first);
        assertThat(cacheStatistic("product-detail", "misses")).isEqualTo(missesBefore + 1);
        assertThat(cacheStatistic("product-detail", "hits")).isGreaterThanOrEqualTo(hitsBefore + 1);
    }

    @Test
    void a_client_that_accepts_gzip_gets_the_page_gzipped_once() throws Exception {
        String page = Http.API + "/catalog/products/" + DEMO_PRODUCT;
        HttpResponse<byte[]> plain = Http.getBytes(page);
        HttpResponse<byte[]> gzipped = Http.getBytes(page, "Accept-Encoding", "gzip, deflate, br");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().allValues("Content-Encoding")).containsExactly("gzip");
        assertThat(gzipped.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        for (HttpResponse<byte[]> answer : List.of(plain, gzipped)) {
            assertThat(answer.headers().allValues("Vary")).containsExactly("Accept-Encoding");
            assertThat(answer.headers().allValues("Cache-Control")).containsExactly("no-cache");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
        // Decompressed once it is the very same JSON: nothing in the chain compressed it a second time.
        assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
        assertThat(gzipped.body().length).as("a demo page compresses well").isLessThan(plain.body().length / 2);
        assertThat(Http.getBytes(page, "Accept-Encoding", "gzip;q=0, identity").headers().firstValue("Content-Encoding")).isEmpty();
        HttpResponse<byte[]> head = Http.bytes("HEAD", page, "Accept-Encoding", "gzip");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void the_current_entity_tag_gets_304_without_a_body_and_another_one_the_page() {
        String page = Http.API + "/catalog/products/" + DEMO_PRODUCT;
        HttpResponse<byte[]> first = Http.getBytes(page);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(Http.getBytes(page).headers().firstValue("ETag")).as("stable while the page is").contains(etag);
        String gzipEtag = Http.getBytes(page, "Accept-Encoding", "gzip").headers().firstValue("ETag").orElseThrow();
        assertThat(gzipEtag).as("a strong tag names exact bytes: the gzipped page has its own").isNotEqualTo(etag);

        HttpResponse<byte[]> revalidated = Http.getBytes(page, "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.headers().firstValue("ETag")).contains(etag);
        assertThat(revalidated.headers().allValues("Cache-Control")).containsExactly("no-cache");

        assertThat(Http.getBytes(page, "If-None-Match", "\"stale\", W/" + gzipEtag, "Accept-Encoding", "gzip").statusCode())
                .as("weak comparison, any tag of the list").isEqualTo(304);
        assertThat(Http.getBytes(page, "If-None-Match", "*").statusCode()).isEqualTo(304);
        HttpResponse<byte[]> stale = Http.getBytes(page, "If-None-Match", "\"stale\"");
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(first.body());
        assertThat(Http.getBytes(page, "If-None-Match", "not a tag").statusCode()).isEqualTo(200);
        assertThat(Http.getBytes(Http.API + "/catalog/products/" + UUID.randomUUID(), "If-None-Match", "*").statusCode())
                .as("no such product: nothing to match").isEqualTo(404);
    }

    static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    @Test
    void an_unknown_or_malformed_product_id_is_a_404_problem() {
        assertProblem(Http.get(Http.API + "/catalog/products/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(Http.get(Http.API + "/catalog/products/not-a-uuid"), 404, "not-found");
        assertProblem(Http.get(Http.API + "/catalog/products/%27%20or%201=1--"), 404, "not-found");
    }

    @Test
    void unknown_addresses_and_methods_answer_with_problems_not_stack_traces() {
        assertProblem(Http.get(Http.API + "/catalog/nothing-here"), 404, "not-found");
        Http.Answer delete = Http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Http.API + "/catalog/categories")).DELETE());
        assertProblem(delete, 405, "method-not-allowed");
        assertThat(delete.header("Allow")).contains("GET");
        Http.Answer csv = Http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Http.API + "/catalog/categories")).header("Accept", "text/csv").GET());
        assertProblem(csv, 406, "not-acceptable");
        // Outside JAX-RS the servlet container answers; its error page speaks problem details too.
        Http.Answer outside = Http.get(Http.APP + "/api/not-a-version");
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.contentType()).startsWith("application/problem+json");
        assertThat(outside.json().getString("type")).isEqualTo("urn:mercato:problem:not-found");
    }

    private long cacheStatistic(String cache, String name) throws Exception {
        ModelNode op = new ModelNode();
        op.get("operation").set("read-attribute");
        op.get("address").add("subsystem", "infinispan").add("cache-container", "mercato").add("cache", cache);
        op.get("name").set(name);
        ModelNode result = management.getControllerClient().execute(op);
        assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
        return result.get("result").asLong();
    }
}
