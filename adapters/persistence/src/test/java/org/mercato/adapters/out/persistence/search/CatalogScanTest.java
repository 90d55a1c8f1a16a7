package org.mercato.adapters.out.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mercato.application.catalog.port.in.ProductDetail.CategoryRef;
import org.mercato.application.catalog.port.in.ProductDetail.ManufacturerRef;
import org.mercato.application.catalog.port.in.ProductSort;
import org.mercato.application.catalog.port.out.ProductSearchPort.PriceRange;
import org.mercato.domain.catalog.CategoryId;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.ManufacturerId;
import org.mercato.domain.catalog.MattressSize;

/**
 * The snapshot search (ADR 0021) against a literal reading of the search contract (ADR 0013, 0015): for
 * random catalogs, availability overlays and queries, the matches, their order, every facet count and each
 * hit's price are what a walk over every single SKU gives.
 */
class CatalogScanTest {

    private static final List<MattressSize> SIZES = List.of(new MattressSize(90, 200), new MattressSize(140, 200),
            new MattressSize(160, 200), new MattressSize(180, 200));
    private static final PriceBands BANDS = new PriceBands(List.of(new PriceRange(0, 39_999L),
            new PriceRange(40_000, 59_999L), new PriceRange(60_000, 79_999L), new PriceRange(80_000, null)));

    /** A SKU as the reference sees it. */
    private record Sku(long id, int size, int firmness, long price, boolean soldOut) {
    }

    private record Item(UUID id, int category, int manufacturer, long created, long unitsSold, List<Sku> skus) {
    }

    private record Expected(long total, List<UUID> page, List<Long> pagePrices, long[] sizes, long[] firmnesses,
            long[] bands, long[] categories, long[] manufacturers) {
    }

    @Test
    void random_catalogs_and_queries_give_what_a_walk_over_every_sku_gives() {
        Random random = new Random(20261206);
        for (int round = 0; round < 40; round++) {
            List<Item> items = catalog(random, 1 + random.nextInt(120));
            CatalogSnapshot snapshot = snapshot(items);
            // Some SKUs changed availability since the load: the overlay's view of them.
            Map<Integer, long[]> changed = new HashMap<>();
            Map<Long, Boolean> soldOutNow = new HashMap<>();
            for (Item item : items) {
                if (random.nextInt(4) == 0) {
                    int ordinal = snapshot.ordinalOf(item.id());
                    ProductSkus skus = snapshot.product(ordinal).skus();
                    long[] bits = skus.soldOut.clone();
                    for (int i = 0; i < skus.size(); i++) {
                        if (random.nextInt(3) == 0) {
                            boolean now = random.nextBoolean();
                            soldOutNow.put(skus.skuIds[i], now);
                            bits[i >>> 6] = now ? bits[i >>> 6] | 1L << i : bits[i >>> 6] & ~(1L << i);
                        }
                    }
                    changed.put(ordinal, bits);
                }
            }
            for (int query = 0; query < 60; query++) {
                SkuFilter filter = new SkuFilter(
                        random.nextInt(3) == 0 ? random.nextInt(SIZES.size()) : SkuFilter.ANY,
                        random.nextInt(3) == 0 ? random.nextInt(5) : SkuFilter.ANY,
                        random.nextInt(3) == 0 ? 20_000 + random.nextInt(60_000) : Long.MIN_VALUE,
                        random.nextInt(3) == 0 ? 40_000 + random.nextInt(80_000) : Long.MAX_VALUE,
                        random.nextBoolean());
                int category = random.nextInt(4) == 0 ? random.nextInt(3) : SkuFilter.ANY;
                int manufacturer = random.nextInt(4) == 0 ? random.nextInt(4) : SkuFilter.ANY;
                ProductSort sort = ProductSort.values()[random.nextInt(ProductSort.values().length)];
                CatalogScan.TextHits text = random.nextBoolean() ? textHits(random, snapshot, items) : null;
                int offset = random.nextInt(3) * 7;
                int limit = 1 + random.nextInt(10);
                boolean overlay = random.nextBoolean();
                CatalogScan.Availability availability = overlay ? changed::get : CatalogScan.Availability.AS_LOADED;

                CatalogScan.Result result = CatalogScan.run(snapshot, text, category, manufacturer, filter, availability,
                        BANDS, sort, offset, limit);
                Expected expected = reference(snapshot, items, text, category, manufacturer, filter,
                        overlay ? soldOutNow : Map.of(), sort, offset, limit);

                String context = "round " + round + ", query " + query + ": " + filter + " category " + category
                        + " manufacturer " + manufacturer + " " + sort + " text " + (text != null) + " overlay " + overlay;
                assertThat(result.total()).as(context).isEqualTo(expected.total());
                List<UUID> page = Arrays.stream(result.ordinals()).mapToObj(o -> snapshot.product(o).id()).toList();
                assertThat(page).as(context).isEqualTo(expected.page());
                List<Long> prices = new ArrayList<>();
                for (int i = 0; i < result.ordinals().length; i++) {
                    int cheapest = result.cheapest()[i];
                    prices.add(cheapest < 0 ? null : snapshot.product(result.ordinals()[i]).skus().prices[cheapest]);
                }
                assertThat(prices).as(context + ": prices from").isEqualTo(expected.pagePrices());
                assertThat(result.counts().sizes).as(context + ": sizes").containsExactly(expected.sizes());
                assertThat(result.counts().firmnesses).as(context + ": firmnesses").containsExactly(expected.firmnesses());
                assertThat(result.counts().bands).as(context + ": price bands").containsExactly(expected.bands());
                assertThat(result.counts().categories).as(context + ": categories").containsExactly(expected.categories());
                assertThat(result.counts().manufacturers).as(context).containsExactly(expected.manufacturers());
            }
        }
    }

    @Test
    void a_changed_product_replaces_its_slot_and_a_new_one_is_added_in_the_newest_order() {
        Random random = new Random(7);
        List<Item> items = catalog(random, 5);
        CatalogSnapshot before = snapshot(items);
        Item first = items.get(0);
        CatalogSnapshot.Product renamed = new CatalogSnapshot.Product(first.id(), "renamed", 1, 1, first.created(), 0,
                skus(first.skus()));
        UUID newId = new UUID(99, 99);
        CatalogSnapshot.Product added = new CatalogSnapshot.Product(newId, "new", 0, 0, Long.MAX_VALUE, 0,
                skus(List.of(new Sku(1_000, 0, 0, 10_000, false))));
        UUID gone = items.get(1).id();

        CatalogSnapshot after = before.with(List.of(renamed, added), List.of(gone), before.dictionaries);

        assertThat(after.product(after.ordinalOf(first.id())).name()).isEqualTo("renamed");
        assertThat(after.ordinalOf(first.id())).as("ordinals stay").isEqualTo(before.ordinalOf(first.id()));
        assertThat(after.ordinalOf(gone)).isEqualTo(-1);
        assertThat(after.productCount()).isEqualTo(5);
        assertThat(after.product(after.newestOrder[0]).id()).as("newest first").isEqualTo(newId);
        assertThat(before.product(before.ordinalOf(first.id())).name()).as("the old snapshot is untouched")
                .isNotEqualTo("renamed");
    }

    @Test
    void a_group_of_one_size_and_firmness_is_answered_from_its_aggregates_or_sku_by_sku_alike() {
        // Heights 18, 22, 26 cm of one 160x200 medium mattress at 45,000, 52,000 and 61,000; the cheapest sold out.
        Item item = new Item(new UUID(3, 3), 0, 0, 1, 0, List.of(new Sku(3, 2, 2, 61_000, false),
                new Sku(1, 2, 2, 45_000, true), new Sku(2, 2, 2, 52_000, false)));
        CatalogSnapshot snapshot = snapshot(List.of(item));
        ProductSkus skus = snapshot.product(0).skus();

        assertThat(skus.prices).containsExactly(45_000, 52_000, 61_000);
        assertThat(price(snapshot, new SkuFilter(2, 2, Long.MIN_VALUE, Long.MAX_VALUE, false), null)).isEqualTo(45_000);
        assertThat(price(snapshot, new SkuFilter(2, 2, Long.MIN_VALUE, Long.MAX_VALUE, true), null)).isEqualTo(52_000);
        assertThat(price(snapshot, new SkuFilter(SkuFilter.ANY, SkuFilter.ANY, 50_000, 55_000, true), null)).isEqualTo(52_000);
        assertThat(price(snapshot, new SkuFilter(SkuFilter.ANY, SkuFilter.ANY, 46_000, Long.MAX_VALUE, false), null))
                .isEqualTo(52_000);
        long[] allSoldOut = {0b111};
        assertThat(CatalogScan.cheapestQualifying(snapshot, BANDS, 0, new SkuFilter(2, 2, Long.MIN_VALUE, Long.MAX_VALUE,
                true), allSoldOut)).as("sold out since the load").isEqualTo(-1);
        assertThat(CatalogScan.cheapestQualifying(snapshot, BANDS, 0, new SkuFilter(1, SkuFilter.ANY, Long.MIN_VALUE,
                Long.MAX_VALUE, false), null)).as("no 140x200").isEqualTo(-1);
    }

    private static long price(CatalogSnapshot snapshot, SkuFilter filter, long[] soldOut) {
        return snapshot.product(0).skus().prices[CatalogScan.cheapestQualifying(snapshot, BANDS, 0, filter, soldOut)];
    }

    private static List<Item> catalog(Random random, int products) {
        List<Item> items = new ArrayList<>();
        long skuId = 1;
        for (int p = 0; p < products; p++) {
            List<Sku> skus = new ArrayList<>();
            int count = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(40);
            for (int s = 0; s < count; s++) {
                // Few distinct prices: ties between products and SKUs, groups straddling the bounds.
                long price = 10_000 + 5_000L * random.nextInt(24);
                skus.add(new Sku(skuId++, random.nextInt(SIZES.size()), random.nextInt(5), price, random.nextInt(4) == 0));
            }
            items.add(new Item(new UUID(random.nextInt(1000), p), random.nextInt(3), random.nextInt(4),
                    random.nextInt(30), random.nextInt(5), skus));
        }
        return items;
    }

    private static ProductSkus skus(List<Sku> skus) {
        ProductSkus.Builder builder = new ProductSkus.Builder();
        skus.forEach(s -> builder.add(s.id(), s.size(), s.firmness(), s.price(), 0, s.soldOut()));
        return builder.build();
    }

    private static CatalogSnapshot snapshot(List<Item> items) {
        List<CatalogSnapshot.Product> products = items.stream()
                .map(i -> new CatalogSnapshot.Product(i.id(), "p", i.manufacturer(), i.category(), i.created(), i.unitsSold(),
                        skus(i.skus())))
                .toList();
        Map<MattressSize, Integer> sizeOrdinals = new HashMap<>();
        for (int i = 0; i < SIZES.size(); i++) {
            sizeOrdinals.put(SIZES.get(i), i);
        }
        List<ManufacturerRef> manufacturers = new ArrayList<>();
        Map<UUID, Integer> manufacturerOrdinals = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            manufacturers.add(new ManufacturerRef(new ManufacturerId(new UUID(1, i)), "m" + i));
            manufacturerOrdinals.put(new UUID(1, i), i);
        }
        List<CategoryRef> categories = new ArrayList<>();
        Map<String, Integer> categorySlugs = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            categories.add(new CategoryRef(new CategoryId(new UUID(2, i)), "c" + i, "C" + i));
            categorySlugs.put("c" + i, i);
        }
        return CatalogSnapshot.of(products, new CatalogSnapshot.Dictionaries(SIZES, sizeOrdinals, List.of("EUR"),
                manufacturers, manufacturerOrdinals, categories, categorySlugs));
    }

    private static CatalogScan.TextHits textHits(Random random, CatalogSnapshot snapshot, List<Item> items) {
        List<Integer> ordinals = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        for (Item item : items) {
            if (random.nextInt(3) > 0) {
                ordinals.add(snapshot.ordinalOf(item.id()));
                scores.add((float) random.nextInt(4) / 2);
            }
        }
        float[] s = new float[scores.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = scores.get(i);
        }
        return new CatalogScan.TextHits(ordinals.stream().mapToInt(Integer::intValue).toArray(), s);
    }

    /** The contract, SKU by SKU. */
    private static Expected reference(CatalogSnapshot snapshot, List<Item> items, CatalogScan.TextHits text,
            int category, int manufacturer, SkuFilter filter, Map<Long, Boolean> soldOutNow, ProductSort sort,
            int offset, int limit) {
        Map<UUID, Float> scores = new LinkedHashMap<>();
        if (text != null) {
            for (int i = 0; i < text.ordinals().length; i++) {
                scores.put(snapshot.product(text.ordinals()[i]).id(), text.scores()[i]);
            }
        }
        long[] sizes = new long[SIZES.size()];
        long[] firmnesses = new long[5];
        long[] bands = new long[BANDS.count()];
        long[] categories = new long[3];
        long[] manufacturers = new long[4];
        Map<Item, Long> priceFrom = new HashMap<>(); // null values: no price
        for (Item item : items) {
            if ((text != null && !scores.containsKey(item.id()))
                    || (category != SkuFilter.ANY && item.category() != category)
                    || (manufacturer != SkuFilter.ANY && item.manufacturer() != manufacturer)) {
                continue;
            }
            List<Sku> qualifying = item.skus().stream()
                    .filter(s -> filter.size() == SkuFilter.ANY || s.size() == filter.size())
                    .filter(s -> filter.firmness() == SkuFilter.ANY || s.firmness() == filter.firmness())
                    .filter(s -> s.price() >= filter.minPrice() && s.price() <= filter.maxPrice())
                    .filter(s -> !filter.inStockOnly() || !soldOutNow.getOrDefault(s.id(), s.soldOut()))
                    .toList();
            boolean noSkuConditions = filter.size() == SkuFilter.ANY && filter.firmness() == SkuFilter.ANY
                    && filter.minPrice() == Long.MIN_VALUE && filter.maxPrice() == Long.MAX_VALUE && !filter.inStockOnly();
            if (qualifying.isEmpty() && !(noSkuConditions && item.skus().isEmpty())) {
                continue;
            }
            // A product without SKUs matches a search without SKU conditions, without a price.
            priceFrom.put(item, qualifying.stream().mapToLong(Sku::price).boxed().min(Long::compare).orElse(null));
            qualifying.stream().mapToInt(Sku::size).distinct().forEach(s -> sizes[s]++);
            qualifying.stream().mapToInt(Sku::firmness).distinct().forEach(f -> firmnesses[f]++);
            qualifying.stream().mapToInt(s -> BANDS.bandOf(s.price())).distinct().forEach(b -> bands[b]++);
            categories[item.category()]++;
            manufacturers[item.manufacturer()]++;
        }
        Comparator<Item> newest = Comparator.comparingLong(Item::created).reversed().thenComparing(i -> i.id().toString());
        Comparator<Item> order = switch (sort) {
            case NEWEST -> newest;
            case RELEVANCE -> Comparator.<Item>comparingDouble(i -> text == null ? 0 : -scores.get(i.id())).thenComparing(newest);
            case PRICE_ASC -> Comparator.<Item, Long>comparing(priceFrom::get, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(newest);
            case PRICE_DESC -> Comparator.<Item, Long>comparing(priceFrom::get, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(newest);
            case BESTSELLING -> Comparator.<Item>comparingLong(i -> -i.unitsSold()).thenComparing(newest);
        };
        List<Item> matches = priceFrom.keySet().stream().sorted(order).toList();
        List<Long> pagePrices = new ArrayList<>();
        List<Item> page = matches.subList(Math.min(offset, matches.size()), Math.min(matches.size(), offset + limit));
        page.forEach(item -> pagePrices.add(priceFrom.get(item)));
        return new Expected(matches.size(), page.stream().map(Item::id).toList(), pagePrices, sizes, firmnesses, bands,
                categories, manufacturers);
    }
}
