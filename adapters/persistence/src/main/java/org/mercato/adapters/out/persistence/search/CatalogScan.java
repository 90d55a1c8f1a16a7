package org.mercato.adapters.out.persistence.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.mercato.application.catalog.port.in.ProductSort;
import org.mercato.domain.catalog.Firmness;

/**
 * Matches, counts, orders and pages products over a {@link CatalogSnapshot} (ADR 0021). A product matches when
 * it is a candidate (of the text search, or every product), is in the category and of the manufacturer asked
 * for, and one of its SKUs meets the {@link SkuFilter}. The size, firmness and price facets count products
 * with such a SKU of each value; category and manufacturer count matching products. A product's price is its
 * cheapest such SKU. Plain Java over arrays, so that a search over the whole catalog stays in milliseconds.
 */
final class CatalogScan {

    /** A product's sold-out bits when they differ from those loaded; null otherwise. */
    @FunctionalInterface
    interface Availability {
        Availability AS_LOADED = ordinal -> null;

        long[] soldOutOf(int ordinal);
    }

    /** Candidates of a text search, with their scores; {@code null} candidates: every product. */
    record TextHits(int[] ordinals, float[] scores) {
    }

    /**
     * Facet counts by ordinal. Sizes (when the catalog has at most 64), firmnesses and price bands arrive as one
     * bit mask a product; neighbouring products mostly have the same masks, so equal masks in a row are counted
     * once and spread over the values at the end ({@link #finish()}).
     */
    static final class Counts {
        final long[] categories;
        final long[] manufacturers;
        final long[] sizes;
        final long[] firmnesses = new long[Firmness.values().length];
        final long[] bands;
        private final MaskRun sizeRun;
        private final MaskRun firmnessRun;
        private final MaskRun bandRun;

        Counts(CatalogSnapshot.Dictionaries dictionaries, PriceBands bands) {
            categories = new long[dictionaries.categories().size()];
            manufacturers = new long[dictionaries.manufacturers().size()];
            sizes = new long[dictionaries.sizes().size()];
            this.bands = new long[bands.count()];
            sizeRun = new MaskRun(sizes);
            firmnessRun = new MaskRun(firmnesses);
            bandRun = new MaskRun(this.bands);
        }

        void addSizes(short[] distinctSizes) {
            for (short size : distinctSizes) {
                sizes[size]++;
            }
        }

        void addSizes(long sizeMask) {
            sizeRun.add(sizeMask);
        }

        void addFirmnessesAndBands(int firmnessMask, long bandMask) {
            firmnessRun.add(firmnessMask);
            bandRun.add(bandMask);
        }

        Counts finish() {
            sizeRun.flush();
            firmnessRun.flush();
            bandRun.flush();
            return this;
        }
    }

    /** The same bit mask some times in a row, added to per-bit counts when another mask comes. */
    private static final class MaskRun {
        private final long[] counts;
        private long mask;
        private long times;

        MaskRun(long[] counts) {
            this.counts = counts;
        }

        void add(long next) {
            if (next != mask) {
                flush();
                mask = next;
            }
            times++;
        }

        void flush() {
            for (long m = mask; m != 0; m &= m - 1) {
                counts[Long.numberOfTrailingZeros(m)] += times;
            }
            times = 0;
        }
    }

    /**
     * One page: the products' ordinals in order, each with its cheapest qualifying SKU (an index into its SKUs;
     * -1 for a product without SKUs, which matches a search without SKU conditions).
     */
    record Result(long total, int[] ordinals, int[] cheapest, Counts counts) {
    }

    private static final int RANK_BITS = 24;
    /** Group indexes of one product, reused: a scan visits thousands of products on one thread. */
    private static final ThreadLocal<int[]> GROUPS = ThreadLocal.withInitial(() -> new int[64]);
    private static final long KEY_LIMIT = 1L << (63 - RANK_BITS);

    private CatalogScan() {
    }

    /**
     * @param category     a category ordinal, {@link SkuFilter#ANY} or {@link SkuFilter#NONE}
     * @param manufacturer a manufacturer ordinal, {@link SkuFilter#ANY} or {@link SkuFilter#NONE}
     */
    static Result run(CatalogSnapshot catalog, TextHits text, int category, int manufacturer, SkuFilter filter,
            Availability availability, PriceBands bands, ProductSort sort, int offset, int limit) {
        Counts counts = new Counts(catalog.dictionaries, bands);
        if (category == SkuFilter.NONE || manufacturer == SkuFilter.NONE || filter.size() == SkuFilter.NONE) {
            return new Result(0, new int[0], new int[0], counts.finish());
        }
        CatalogColumns columns = catalog.columns(bands);
        int[] groups = groupBuffer(columns.maxGroups);
        int candidates = text == null ? columns.size : text.ordinals().length;
        int[] ranks = new int[candidates];
        int[] cheapest = new int[columns.size];
        long[] keys = new long[candidates];
        int matched = 0;
        boolean keysFit = columns.size < (1 << RANK_BITS);
        for (int c = 0; c < candidates; c++) {
            // Columns are in the order "newest": without a text, the matches come out in that order.
            int column = text == null ? c : catalog.newestRank[text.ordinals()[c]];
            if (column == Integer.MAX_VALUE
                    || (category != SkuFilter.ANY && columns.categories[column] != category)
                    || (manufacturer != SkuFilter.ANY && columns.manufacturers[column] != manufacturer)) {
                continue;
            }
            int best = cheapestQualifying(columns, column, filter, availability.soldOutOf(columns.ordinals[column]),
                    groups, counts);
            // Without SKU conditions a product without SKUs matches too, with no price (sorted last by price).
            if (best < 0 && (!filter.isAny() || columns.skus[column].size() > 0)) {
                continue;
            }
            counts.categories[columns.categories[column]]++;
            counts.manufacturers[columns.manufacturers[column]]++;
            cheapest[column] = best;
            ranks[matched] = column;
            long primary = switch (sort) {
                case NEWEST -> 0;
                case RELEVANCE -> text == null ? 0 : Integer.MAX_VALUE - Float.floatToIntBits(Math.max(0f, text.scores()[c]));
                case PRICE_ASC -> best < 0 ? KEY_LIMIT - 1 : columns.skus[column].prices[best];
                case PRICE_DESC -> best < 0 ? KEY_LIMIT - 1 : KEY_LIMIT - 1 - columns.skus[column].prices[best];
                case BESTSELLING -> KEY_LIMIT - 1 - Math.min(columns.unitsSold[column], KEY_LIMIT - 1);
            };
            keysFit &= primary >= 0 && primary < KEY_LIMIT;
            keys[matched] = primary;
            matched++;
        }
        int wanted = (int) Math.min(matched, (long) offset + limit);
        int[] ordered = order(ranks, keys, matched, wanted, keysFit, text == null && sort == ProductSort.NEWEST);
        int from = Math.min(offset, wanted);
        int to = wanted;
        int[] page = new int[to - from];
        int[] pageCheapest = new int[to - from];
        for (int i = from; i < to; i++) {
            page[i - from] = columns.ordinals[ordered[i]];
            pageCheapest[i - from] = cheapest[ordered[i]];
        }
        return new Result(matched, page, pageCheapest, counts.finish());
    }

    /**
     * The first {@code wanted} ranks of the matches in the query's order: by key, then newest first (then by
     * id). A page needs the first few of thousands: a bounded heap keeps them, no full sort.
     */
    private static int[] order(int[] ranks, long[] keys, int matched, int wanted, boolean keysFit,
            boolean alreadyInOrder) {
        if (alreadyInOrder) {
            return ranks;
        }
        if (!keysFit) {
            // Beyond 16 million products or absurd prices: slower, same order.
            return IntStream.range(0, matched).boxed()
                    .sorted(Comparator.<Integer>comparingLong(i -> keys[i]).thenComparingInt(i -> ranks[i]))
                    .limit(wanted)
                    .mapToInt(i -> ranks[i])
                    .toArray();
        }
        int k = Math.min(wanted, matched);
        long[] heap = new long[k]; // a max-heap of the k smallest (key, rank) seen so far
        int size = 0;
        for (int i = 0; i < matched; i++) {
            long entry = keys[i] << RANK_BITS | ranks[i];
            if (size < k) {
                heap[size] = entry;
                siftUp(heap, size++);
            } else if (k > 0 && entry < heap[0]) {
                heap[0] = entry;
                siftDown(heap, k);
            }
        }
        Arrays.sort(heap, 0, size);
        int[] ordered = new int[size];
        for (int i = 0; i < size; i++) {
            ordered[i] = (int) (heap[i] & ((1 << RANK_BITS) - 1));
        }
        return ordered;
    }

    private static void siftUp(long[] heap, int i) {
        long entry = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] >= entry) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = entry;
    }

    private static void siftDown(long[] heap, int size) {
        long entry = heap[0];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] > heap[child]) {
                child++;
            }
            if (heap[child] <= entry) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = entry;
    }

    private static int[] groupBuffer(int groups) {
        int[] buffer = GROUPS.get();
        if (buffer.length < groups) {
            buffer = new int[Math.max(groups, buffer.length * 2)];
            GROUPS.set(buffer);
        }
        return buffer;
    }

    /**
     * The index of the product's cheapest SKU that meets the filter, -1 when none does; with {@code counts},
     * adds the product to the size, firmness and price-band counts of its qualifying SKUs. Groups entirely
     * inside the price bounds are answered from their aggregates, unless availability differs from the load;
     * only the others are walked SKU by SKU.
     */
    static int cheapestQualifying(CatalogColumns columns, int column, SkuFilter filter, long[] soldOutNow,
            int[] groups, Counts counts) {
        if (filter.isAny() || (filter.isInStockOnly() && soldOutNow == null)) {
            boolean all = filter.isAny();
            int best = all ? columns.cheapestSku[column] : columns.cheapestAvailableSku[column];
            if (best >= 0 && counts != null) {
                if (columns.sizeMasks) {
                    counts.addSizes(all ? columns.sizeMask[column] : columns.availableSizeMask[column]);
                } else {
                    ProductSkus skus = columns.skus[column];
                    counts.addSizes(all ? skus.distinctSizes : skus.availableSizes);
                }
                counts.addFirmnessesAndBands(all ? columns.firmnessMask[column] : columns.availableFirmnessMask[column],
                        all ? columns.bandMask[column] : columns.availableBandMask[column]);
            }
            return best;
        }
        if (columns.maxPrices[column] < filter.minPrice() || columns.minPrices[column] > filter.maxPrice()) {
            return -1;
        }
        ProductSkus skus = columns.skus[column];
        long[] soldOut = soldOutNow != null ? soldOutNow : skus.soldOut;
        int selected = columns.groupsOf(column, filter.size(), filter.firmness(), groups);
        int best = -1;
        long bestPrice = Long.MAX_VALUE;
        int lastSize = -1;
        long sizeMask = 0;
        int firmnessMask = 0;
        long bandMask = 0;
        for (int k = 0; k < selected; k++) {
            int g = groups[k];
            long groupMin = columns.groupMin[g];
            long groupMax = columns.groupMax[g];
            if (groupMax < filter.minPrice() || groupMin > filter.maxPrice()) {
                continue;
            }
            boolean whole = groupMin >= filter.minPrice() && groupMax <= filter.maxPrice();
            int groupBest;
            long groupBands = 0;
            if (whole && !filter.inStockOnly()) {
                groupBest = columns.groupFirstSku[g];
                groupBands = columns.groupBands[g];
            } else if (whole && soldOutNow == null) {
                groupBest = columns.groupFirstAvailable[g];
                groupBands = columns.groupAvailableBands[g];
            } else {
                groupBest = -1;
                long[] prices = skus.prices;
                byte[] skuBands = skus.bandMasks(columns.bands).sku;
                for (int i = columns.groupFirstSku[g], end = columns.groupEnd(column, g); i < end; i++) {
                    long price = prices[i];
                    if (price < filter.minPrice() || price > filter.maxPrice()
                            || (filter.inStockOnly() && ProductSkus.isSoldOut(soldOut, i))) {
                        continue;
                    }
                    if (groupBest < 0) {
                        groupBest = i;
                    }
                    if (counts == null) {
                        break; // cheapest first: nothing more to learn without counting
                    }
                    groupBands |= 1L << skuBands[i];
                }
            }
            if (groupBest < 0) {
                continue;
            }
            long price = skus.prices[groupBest];
            if (price < bestPrice) {
                best = groupBest;
                bestPrice = price;
            }
            if (counts != null) {
                int size = columns.groupSizes[g];
                if (columns.sizeMasks) {
                    sizeMask |= 1L << size;
                } else if (size != lastSize) {
                    counts.sizes[size]++;
                    lastSize = size;
                }
                firmnessMask |= 1 << columns.groupFirmnesses[g];
                bandMask |= groupBands;
            }
        }
        if (best >= 0 && counts != null) {
            counts.addSizes(sizeMask);
            counts.addFirmnessesAndBands(firmnessMask, bandMask);
        }
        return best;
    }

    /** The cheapest SKU of a product that meets the filter, -1 when none does (counting nothing). */
    static int cheapestQualifying(CatalogSnapshot catalog, PriceBands bands, int ordinal, SkuFilter filter,
            long[] soldOutNow) {
        CatalogColumns columns = catalog.columns(bands);
        int column = catalog.newestRank[ordinal];
        return cheapestQualifying(columns, column, filter, soldOutNow, groupBuffer(columns.maxGroups), null);
    }
}
