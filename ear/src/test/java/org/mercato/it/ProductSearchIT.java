package org.mercato.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mercato.it.Problems.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mercato.application.setup.port.out.DemoShop;
import org.mercato.application.setup.service.DemoScale;
import org.mercato.application.setup.service.DemoShopGenerator;
import org.mercato.domain.catalog.Category;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.Manufacturer;
import org.mercato.domain.catalog.MattressSize;
import org.mercato.domain.catalog.Product;
import org.mercato.domain.catalog.Sku;

/**
 * {@code GET /catalog/products} against the deployed EAR and its index, built at start from the demo
 * shop. Expectations are computed from the same deterministic {@link DemoShopGenerator} the server
 * loaded, so they follow the demo data instead of copying it (API.md "Catalog"; SPEC decision 12).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductSearchIT {

    private static final DemoShop SHOP = new DemoShopGenerator(DemoScale.SMALL).generate("x", p -> "hash");
    /** Units available per SKU code, summed over the warehouses. */
    private static final Map<String, Integer> AVAILABLE = new HashMap<>();

    static {
        SHOP.stock().forEach(s -> AVAILABLE.merge(s.sku().value(), s.available(), Integer::sum));
    }

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MercatoDeployment.ear();
    }

    @Test
    void a_misspelt_name_finds_the_product() {
        JsonObject page = search("q=" + encode("dormio auroa"));
        assertThat(names(page)).first().isEqualTo("Dormio Aurora");

        // A misspelt manufacturer finds its products, and only those.
        JsonObject nordsleep = search("q=nordslep&size=100");
        Set<String> expected = ids(p -> makerOf(p).name().equals("Nordsleep"));
        assertThat(ids(nordsleep)).isEqualTo(expected);
        assertThat(nordsleep.getInt("total")).isEqualTo(expected.size());

        assertThat(search("q=" + encode("no such mattress brand xyzzy")).getInt("total")).isZero();
        // Query syntax is just text: nothing to inject, nothing to break.
        assertThat(search("q=" + encode("name:x AND (*:* OR \"y\"~2")).getInt("total")).isZero();
        assertThat(search("q=" + encode("!!!")).getInt("total")).isZero();
    }

    @Test
    void each_filter_narrows_to_exactly_the_matching_products_of_the_demo_shop() {
        assertMatches("category=latex", p -> categoryOf(p).slug().equals("latex"));
        Manufacturer somnia = SHOP.manufacturers().stream().filter(m -> m.name().equals("Somnia")).findFirst().orElseThrow();
        assertMatches("manufacturer=" + somnia.id(), p -> p.manufacturerId().equals(somnia.id()));
        assertMatches("size=140x200", hasSku(s -> s.size().equals(new MattressSize(140, 200))));
        assertMatches("firmness=firm", hasSku(s -> s.firmness() == Firmness.FIRM));
        assertMatches("firmness=medium-soft", hasSku(s -> s.firmness() == Firmness.MEDIUM_SOFT));
        assertMatches("minPrice=60000", hasSku(s -> s.price().amount() >= 60_000));
        assertMatches("maxPrice=40000", hasSku(s -> s.price().amount() <= 40_000));
        assertMatches("category=hybrid&firmness=medium", p -> categoryOf(p).slug().equals("hybrid")
                && p.skus().stream().anyMatch(s -> s.firmness() == Firmness.MEDIUM));
        assertThat(search("category=no-such-category").getInt("total")).isZero();
    }

    @Test
    void size_and_price_filters_must_hold_for_one_and_the_same_sku() {
        MattressSize king = new MattressSize(180, 200);
        // The median of the cheapest 180x200 per product: some products have one below, some only dearer.
        List<Long> cheapestKing = SHOP.products().stream()
                .map(p -> p.skus().stream().filter(s -> s.size().equals(king)).mapToLong(s -> s.price().amount()).min()
                        .orElseThrow())
                .sorted().toList();
        long maxPrice = cheapestKing.get(cheapestKing.size() / 2);
        Predicate<Product> expected = hasSku(s -> s.size().equals(king) && s.price().amount() <= maxPrice);
        Set<String> trap = ids(hasSku(s -> s.price().amount() <= maxPrice).and(expected.negate()));
        assertThat(trap).as("products that have a 180x200 and a SKU up to the price, but not both in one").isNotEmpty();

        JsonObject page = search("size=180x200&maxPrice=" + maxPrice + "&size=100");
        assertThat(ids(page)).isEqualTo(ids(expected)).doesNotContainAnyElementsOf(trap);
        for (JsonObject item : items(page)) {
            assertThat(amount(item.getJsonObject("priceFrom")))
                    .as("priceFrom is the cheapest 180x200 of %s", item.getString("name"))
                    .isEqualTo(product(item).skus().stream().filter(s -> s.size().equals(king))
                            .mapToLong(s -> s.price().amount()).min().orElseThrow());
        }
    }

    @Test
    void facets_count_the_matching_products_and_agree_with_choosing_a_value() {
        JsonObject all = search("size=100");
        assertThat(all.getInt("total")).isEqualTo(SHOP.products().size());
        JsonObject facets = all.getJsonObject("facets");
        assertThat(sumOfCounts(facets.getJsonArray("category"))).isEqualTo(all.getInt("total"));
        assertThat(sumOfCounts(facets.getJsonArray("manufacturer"))).isEqualTo(all.getInt("total"));
        for (JsonObject c : objects(facets.getJsonArray("category"))) {
            assertThat(c.getInt("count")).isEqualTo(ids(p -> categoryOf(p).slug().equals(c.getString("value"))).size());
            assertThat(c.getString("label")).isEqualTo(SHOP.categories().stream()
                    .filter(k -> k.slug().equals(c.getString("value"))).findFirst().orElseThrow().name());
        }
        for (JsonObject m : objects(facets.getJsonArray("manufacturer"))) {
            assertThat(m.getString("label")).isEqualTo(SHOP.manufacturers().stream()
                    .filter(k -> k.id().toString().equals(m.getString("value"))).findFirst().orElseThrow().name());
        }
        for (JsonObject f : objects(facets.getJsonArray("firmness"))) {
            Firmness firmness = Firmness.parse(f.getString("value")).orElseThrow();
            assertThat(f.getInt("count")).isEqualTo(ids(hasSku(s -> s.firmness() == firmness)).size());
        }
        assertThat(objects(facets.getJsonArray("size"))).extracting(s -> s.getString("value"))
                .containsExactly("90x200", "140x200", "160x200", "180x200");
        assertDrillDown("size=100", null);

        // With filters, facets describe the filtered matches, and choosing a value still gives its count.
        JsonObject latex = search("category=latex&inStock=true&maxPrice=70000");
        assertThat(objects(latex.getJsonObject("facets").getJsonArray("category")))
                .extracting(c -> c.getString("value")).containsExactly("latex");
        assertDrillDown("category=latex&inStock=true", 70_000L);
        assertDrillDown("size=90x200&firmness=medium&inStock=true", 60_000L);
    }

    @Test
    void price_ranges_cover_every_price_and_drill_down_to_their_counts() {
        JsonArray ranges = search("").getJsonObject("facets").getJsonArray("price");
        assertThat(objects(ranges).get(0).getInt("min")).isZero();
        assertThat(objects(ranges).get(ranges.size() - 1).isNull("max")).as("the last range is open").isTrue();
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(objects(ranges).get(i).getJsonNumber("min").longValue())
                    .isEqualTo(objects(ranges).get(i - 1).getJsonNumber("max").longValue() + 1);
        }
        for (JsonObject range : objects(ranges)) {
            long min = range.getJsonNumber("min").longValue();
            Long max = range.isNull("max") ? null : range.getJsonNumber("max").longValue();
            assertThat(range.getInt("count")).isEqualTo(
                    ids(hasSku(s -> s.price().amount() >= min && (max == null || s.price().amount() <= max))).size());
        }
    }

    @Test
    void newest_and_bestselling_list_the_last_added_first() {
        List<String> newestFirst = new ArrayList<>(SHOP.products().stream().map(p -> p.id().toString()).toList());
        Collections.reverse(newestFirst);
        assertThat(orderedIds(search("size=100"))).as("newest is the default without q").isEqualTo(newestFirst);
        assertThat(orderedIds(search("sort=newest&size=100"))).isEqualTo(newestFirst);
        // Nothing has been sold yet: bestselling falls back to newest.
        assertThat(orderedIds(search("sort=bestselling&size=100"))).isEqualTo(newestFirst);
    }

    @Test
    void price_sorts_order_by_price_from_then_newest() {
        Comparator<Product> newest = Comparator.comparingInt(p -> -SHOP.products().indexOf(p));
        Comparator<Product> cheapest = Comparator.comparingLong(p -> p.priceFrom().amount());
        assertThat(orderedIds(search("sort=price_asc&size=100")))
                .isEqualTo(SHOP.products().stream().sorted(cheapest.thenComparing(newest)).map(p -> p.id().toString()).toList());
        assertThat(orderedIds(search("sort=price_desc&size=100")))
                .isEqualTo(SHOP.products().stream().sorted(cheapest.reversed().thenComparing(newest))
                        .map(p -> p.id().toString()).toList());

        // With a size filter, a product's price is that of its cheapest SKU in that size.
        List<Long> prices = items(search("sort=price_asc&size=180x200&size=100")).stream()
                .map(i -> amount(i.getJsonObject("priceFrom"))).toList();
        assertThat(prices).isSorted().hasSize(SHOP.products().size());
        assertThat(prices.get(0)).isGreaterThan(items(search("sort=price_asc")).get(0).getJsonObject("priceFrom")
                .getJsonNumber("amount").longValue());
    }

    @Test
    void relevance_puts_the_best_text_match_first_and_is_the_default_with_q() {
        JsonObject byDefault = search("q=aurora");
        assertThat(orderedIds(search("q=aurora&sort=relevance"))).isEqualTo(orderedIds(byDefault));
        assertThat(names(byDefault)).containsExactlyInAnyOrder("Dormio Aurora", "Somnia Aurora");
        assertThat(names(search("q=" + encode("somnia aurora")))).first().isEqualTo("Somnia Aurora");
        assertThat(names(search("q=aurora&sort=price_asc"))).containsExactly("Dormio Aurora", "Somnia Aurora");
    }

    @Test
    void pages_split_the_results_without_gaps_or_overlaps() {
        List<String> whole = orderedIds(search("size=100"));
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonObject answer = search("size=10&page=" + page);
            assertThat(answer.getInt("page")).isEqualTo(page);
            assertThat(answer.getInt("size")).isEqualTo(10);
            assertThat(answer.getInt("total")).isEqualTo(SHOP.products().size());
            paged.addAll(orderedIds(answer));
        }
        assertThat(paged).isEqualTo(whole);
        assertThat(items(search("size=10&page=1"))).hasSize(10);
        assertThat(items(search("size=10&page=2"))).hasSize(SHOP.products().size() - 20);
        JsonObject beyond = search("size=10&page=7");
        assertThat(items(beyond)).isEmpty();
        assertThat(beyond.getInt("total")).isEqualTo(SHOP.products().size());
        assertThat(items(search(""))).as("20 by default").hasSize(20);
    }

    @Test
    void in_stock_follows_the_committed_stock_sku_by_sku() throws Exception {
        List<Sku> soldOut = SHOP.products().stream().flatMap(p -> p.skus().stream())
                .filter(s -> AVAILABLE.get(s.code().value()) == 0).toList();
        assertThat(soldOut).as("the demo shop has SKUs sold out in every warehouse").isNotEmpty();
        int queriesWithASoldOutItem = 0;
        for (Sku sku : soldOut) {
            // Size, firmness and a price cap that leave exactly the sold-out SKU's cheaper height.
            String filters = "size=" + sku.size() + "&firmness=" + sku.firmness().code() + "&maxPrice="
                    + sku.price().amount() + "&size=100";
            Predicate<Sku> matching = s -> s.size().equals(sku.size()) && s.firmness() == sku.firmness()
                    && s.price().amount() <= sku.price().amount();
            Set<String> listed = ids(hasSku(matching));
            Set<String> available = ids(hasSku(matching.and(s -> AVAILABLE.get(s.code().value()) > 0)));

            JsonObject all = search(filters);
            assertThat(ids(all)).isEqualTo(listed);
            for (JsonObject item : items(all)) {
                assertThat(item.getBoolean("inStock")).as("inStock of %s for %s", item.getString("name"), filters)
                        .isEqualTo(available.contains(item.getString("id")));
            }
            JsonObject inStock = search(filters + "&inStock=true");
            assertThat(ids(inStock)).isEqualTo(available);
            assertThat(inStock.getInt("total")).isEqualTo(available.size());
            assertThat(items(inStock)).allSatisfy(i -> assertThat(i.getBoolean("inStock")).isTrue());
            if (!available.equals(listed)) {
                queriesWithASoldOutItem++;
            }
        }
        assertThat(queriesWithASoldOutItem).as("some filter leaves a product with only sold-out SKUs").isPositive();

        // No demo product is sold out as a whole, and the product page agrees on each sold-out SKU.
        assertThat(search("inStock=true").getInt("total")).isEqualTo(SHOP.products().size());
        Sku first = soldOut.get(0);
        Product owner = SHOP.products().stream().filter(p -> p.skus().contains(first)).findFirst().orElseThrow();
        JsonObject detail = Http.get(Http.API + "/catalog/products/" + owner.id()).json();
        assertThat(objects(detail.getJsonArray("skus")).stream()
                .filter(s -> s.getString("sku").equals(first.code().value())).findFirst().orElseThrow()
                .getInt("available")).isZero();

        // The sold-out set is read from the database once, then shared through the replicated cache.
        long hitsBefore = cacheStatistic("sold-out-skus", "hits");
        search("inStock=true");
        search("inStock=true");
        assertThat(cacheStatistic("sold-out-skus", "hits")).isGreaterThanOrEqualTo(hitsBefore + 2);
    }

    @Test
    void items_carry_the_fields_of_the_contract() {
        JsonObject item = items(search("q=" + encode("dormio aurora"))).get(0);
        Product aurora = product(item);
        assertThat(item.keySet()).containsExactlyInAnyOrder("id", "name", "manufacturer", "category", "priceFrom",
                "imageUrl", "inStock");
        assertThat(item.getJsonObject("manufacturer").getString("name")).isEqualTo("Dormio");
        assertThat(item.getJsonObject("manufacturer").getString("id")).isEqualTo(aurora.manufacturerId().toString());
        assertThat(item.getJsonObject("category").getString("slug")).isEqualTo(categoryOf(aurora).slug());
        assertThat(item.getJsonObject("priceFrom").getString("currency")).isEqualTo("EUR");
        assertThat(amount(item.getJsonObject("priceFrom"))).isEqualTo(aurora.priceFrom().amount());
        // The demo shop has no images: null. ProductEditorIT uploads one and finds its URL here.
        assertThat(item.isNull("imageUrl")).as("a product without images").isTrue();
    }

    @Test
    void bad_parameters_are_400_problems_that_name_the_parameter() {
        Map<String, String> badQueries = Map.ofEntries(
                Map.entry("page=-1", "page"),
                Map.entry("page=abc", "page"),
                Map.entry("page=100&size=100", "page"),
                Map.entry("size=0", "size"),
                Map.entry("size=101", "size"),
                Map.entry("size=abc", "size"),
                Map.entry("size=160by200", "size"),
                Map.entry("size=10&size=20", "size"),
                Map.entry("minPrice=abc", "minPrice"),
                Map.entry("maxPrice=-1", "maxPrice"),
                Map.entry("minPrice=50000&maxPrice=40000", "minPrice"),
                Map.entry("sort=cheapest", "sort"),
                Map.entry("firmness=squishy", "firmness"),
                Map.entry("manufacturer=dormio", "manufacturer"),
                Map.entry("category=" + encode("'; drop table product--"), "category"),
                Map.entry("inStock=yes", "inStock"),
                Map.entry("q=" + "x".repeat(201), "q"));
        badQueries.forEach((query, parameter) -> {
            JsonObject problem = assertProblem(Http.get(Http.API + "/catalog/products?" + query), 400, "bad-request");
            assertThat(objects(problem.getJsonArray("errors"))).as(query)
                    .extracting(e -> e.getString("field")).contains(parameter);
        });
    }

    @Test
    void the_openapi_document_describes_the_search_and_its_parameters() {
        JsonObject operation = Http.get(Http.APP + "/openapi?format=JSON").json().getJsonObject("paths")
                .getJsonObject("/api/v1/catalog/products").getJsonObject("get");
        assertThat(objects(operation.getJsonArray("parameters"))).extracting(p -> p.getString("name"))
                .contains("q", "category", "manufacturer", "size", "firmness", "minPrice", "maxPrice", "inStock",
                        "sort", "page");
        assertThat(operation.getJsonObject("responses").keySet()).contains("200", "400");
    }

    // --- expectations from the demo shop ---

    private static Set<String> ids(Predicate<Product> predicate) {
        return SHOP.products().stream().filter(predicate).map(p -> p.id().toString()).collect(Collectors.toSet());
    }

    private static Predicate<Product> hasSku(Predicate<Sku> predicate) {
        return p -> p.skus().stream().anyMatch(predicate);
    }

    private static Manufacturer makerOf(Product p) {
        return SHOP.manufacturers().stream().filter(m -> m.id().equals(p.manufacturerId())).findFirst().orElseThrow();
    }

    private static Category categoryOf(Product p) {
        return SHOP.categories().stream().filter(c -> c.id().equals(p.categoryId())).findFirst().orElseThrow();
    }

    private static Product product(JsonObject item) {
        return SHOP.products().stream().filter(p -> p.id().toString().equals(item.getString("id"))).findFirst()
                .orElseThrow();
    }

    private void assertMatches(String filters, Predicate<Product> expected) {
        JsonObject page = search(filters + "&size=100");
        assertThat(ids(page)).as(filters).isEqualTo(ids(expected));
        assertThat(page.getInt("total")).as(filters).isEqualTo(ids(expected).size());
    }

    /**
     * Choosing any facet value as a filter gives exactly its count; for a price range, the range
     * narrows the price filter already given ({@code maxPrice}, null for none).
     */
    private void assertDrillDown(String filters, Long maxPrice) {
        String withPrice = maxPrice == null ? filters : filters + "&maxPrice=" + maxPrice;
        JsonObject answer = search(withPrice);
        JsonObject facets = answer.getJsonObject("facets");
        for (String facet : List.of("category", "manufacturer", "size", "firmness")) {
            String chosen = facet.equals("size") ? "size=\\d+x\\d+" : facet + "=";
            if (Pattern.compile("(^|&)" + chosen).matcher(filters).find()) {
                // Already chosen: the facet holds that one value, counting every match.
                assertThat(objects(facets.getJsonArray(facet))).singleElement()
                        .satisfies(v -> assertThat(v.getInt("count")).isEqualTo(answer.getInt("total")));
                continue;
            }
            for (JsonObject value : objects(facets.getJsonArray(facet))) {
                String narrowed = withPrice + "&" + facet + "=" + value.getString("value");
                assertThat(search(narrowed).getInt("total")).as(narrowed).isEqualTo(value.getInt("count"));
            }
        }
        for (JsonObject range : objects(facets.getJsonArray("price"))) {
            long min = range.getJsonNumber("min").longValue();
            Long max = range.isNull("max") ? maxPrice
                    : Long.valueOf(maxPrice == null ? range.getJsonNumber("max").longValue()
                            : Math.min(maxPrice, range.getJsonNumber("max").longValue()));
            if (max != null && min > max) {
                assertThat(range.getInt("count")).as("range from %d beyond maxPrice %d", min, max).isZero();
                continue;
            }
            String narrowed = filters + "&minPrice=" + min + (max == null ? "" : "&maxPrice=" + max);
            assertThat(search(narrowed).getInt("total")).as(narrowed).isEqualTo(range.getInt("count"));
        }
    }

    // --- HTTP and JSON ---

    private static JsonObject search(String query) {
        Http.Answer answer = Http.get(Http.API + "/catalog/products" + (query.isEmpty() ? "" : "?" + query));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        return answer.json();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array.getValuesAs(JsonValue::asJsonObject);
    }

    private static List<JsonObject> items(JsonObject page) {
        return objects(page.getJsonArray("items"));
    }

    private static List<String> orderedIds(JsonObject page) {
        return items(page).stream().map(i -> i.getString("id")).toList();
    }

    private static Set<String> ids(JsonObject page) {
        return new LinkedHashSet<>(orderedIds(page));
    }

    private static List<String> names(JsonObject page) {
        return items(page).stream().map(i -> i.getString("name")).toList();
    }

    private static long amount(JsonObject money) {
        return money.getJsonNumber("amount").longValue();
    }

    private static int sumOfCounts(JsonArray facet) {
        return objects(facet).stream().mapToInt(v -> v.getInt("count")).sum();
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
