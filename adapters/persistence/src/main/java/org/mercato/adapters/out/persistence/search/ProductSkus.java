package org.mercato.adapters.out.persistence.search;

import java.util.Arrays;

/**
 * One product's SKUs as search needs them, in primitive arrays: size and firmness (ordinals of the
 * snapshot's dictionaries), price, currency, SKU id and "sold out" as loaded. The SKUs are sorted by size,
 * firmness and price, so each (size, firmness) pair is one run, a <em>group</em>, cheapest first. Per group
 * and per product the aggregates that spare a search the walk over single SKUs are kept: the cheapest SKU,
 * the cheapest available one, and which price bands their SKUs fall in (ADR 0021); {@link CatalogColumns}
 * lays them out for scanning. Immutable.
 */
final class ProductSkus {

    static final ProductSkus NONE = new Builder().build();

    final long[] skuIds;
    final short[] sizes;
    final byte[] firmnesses;
    final long[] prices;
    final byte[] currencies;
    /** Bit i: SKU i was sold out in every warehouse when loaded. */
    final long[] soldOut;
    /** Group g is SKUs groupStarts[g] (included) to groupStarts[g + 1] (excluded). */
    final int[] groupStarts;

    /** The first (cheapest) SKU of each group that was available when loaded, -1 when none. */
    final int[] firstAvailable;
    /** Distinct sizes, ascending; and those with an SKU available when loaded. */
    final short[] distinctSizes;
    final short[] availableSizes;
    final int firmnessMask;
    final int availableFirmnessMask;
    /** Index of the cheapest SKU, -1 without SKUs; and of the cheapest available when loaded, -1 when none. */
    final int cheapest;
    final int cheapestAvailable;
    /** The product's dearest SKU price; with the cheapest, rules a product out of a price range at once. */
    final long maxPrice;

    static final int FIRMNESSES = org.mercato.domain.catalog.Firmness.values().length;

    /** Band masks for the last price bands asked for; recomputed when the bands differ (they are configuration). */
    private volatile BandMasks bandMasks;

    private ProductSkus(long[] skuIds, short[] sizes, byte[] firmnesses, long[] prices, byte[] currencies,
            long[] soldOut) {
        this.skuIds = skuIds;
        this.sizes = sizes;
        this.firmnesses = firmnesses;
        this.prices = prices;
        this.currencies = currencies;
        this.soldOut = soldOut;
        int n = skuIds.length;
        int[] starts = new int[n + 1];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || sizes[i] != sizes[i - 1] || firmnesses[i] != firmnesses[i - 1]) {
                starts[groups++] = i;
            }
        }
        starts[groups] = n;
        this.groupStarts = Arrays.copyOf(starts, groups + 1);
        this.firstAvailable = new int[groups];

        short[] allSizes = new short[groups];
        short[] inStockSizes = new short[groups];
        int distinct = 0;
        int distinctAvailable = 0;
        int firmness = 0;
        int availableFirmness = 0;
        int cheapestSku = -1;
        int cheapestAvailableSku = -1;
        for (int g = 0; g < groups; g++) {
            int start = groupStarts[g];
            int first = -1;
            for (int i = start; i < groupStarts[g + 1]; i++) {
                if (!isSoldOut(soldOut, i)) {
                    first = i;
                    break;
                }
            }
            firstAvailable[g] = first;
            short size = sizes[start];

            if (distinct == 0 || allSizes[distinct - 1] != size) {
                allSizes[distinct++] = size;
            }
            firmness |= 1 << firmnesses[start];
            cheapestSku = cheaper(prices, cheapestSku, start);
            if (first >= 0) {
                if (distinctAvailable == 0 || inStockSizes[distinctAvailable - 1] != size) {
                    inStockSizes[distinctAvailable++] = size;
                }
                availableFirmness |= 1 << firmnesses[start];
                cheapestAvailableSku = cheaper(prices, cheapestAvailableSku, first);
            }
        }
        this.distinctSizes = Arrays.copyOf(allSizes, distinct);
        this.availableSizes = Arrays.copyOf(inStockSizes, distinctAvailable);
        this.firmnessMask = firmness;
        this.availableFirmnessMask = availableFirmness;
        this.cheapest = cheapestSku;
        this.cheapestAvailable = cheapestAvailableSku;
        long dearest = Long.MIN_VALUE;
        for (int g = 0; g < groups; g++) {
            dearest = Math.max(dearest, prices[groupStarts[g + 1] - 1]); // each group's dearest is its last
        }
        this.maxPrice = dearest;
    }

    static int cheaper(long[] prices, int best, int candidate) {
        return best < 0 || prices[candidate] < prices[best] ? candidate : best;
    }

    static boolean isSoldOut(long[] bits, int i) {
        return (bits[i >>> 6] & (1L << i)) != 0;
    }

    int groups() {
        return groupStarts.length - 1;
    }

    int size() {
        return skuIds.length;
    }

    /** Which price bands the SKUs of each group fall in, all of them and those available when loaded. */
    BandMasks bandMasks(PriceBands bands) {
        BandMasks masks = bandMasks;
        if (masks == null || masks.bands != bands) {
            masks = new BandMasks(bands, this);
            bandMasks = masks;
        }
        return masks;
    }

    static final class BandMasks {
        final PriceBands bands;
        final long[] group;
        final long[] groupAvailable;
        final long product;
        final long productAvailable;
        /** Each SKU's band. */
        final byte[] sku;

        private BandMasks(PriceBands bands, ProductSkus skus) {
            this.bands = bands;
            int groups = skus.groups();
            group = new long[groups];
            groupAvailable = new long[groups];
            sku = new byte[skus.size()];
            long all = 0;
            long available = 0;
            for (int g = 0; g < groups; g++) {
                for (int i = skus.groupStarts[g]; i < skus.groupStarts[g + 1]; i++) {
                    sku[i] = (byte) bands.bandOf(skus.prices[i]);
                    long bit = 1L << sku[i];
                    group[g] |= bit;
                    if (!isSoldOut(skus.soldOut, i)) {
                        groupAvailable[g] |= bit;
                    }
                }
                all |= group[g];
                available |= groupAvailable[g];
            }
            product = all;
            productAvailable = available;
        }
    }

    /** Collects one product's SKUs in any order; {@link #build()} sorts them. */
    static final class Builder {
        private long[] skuIds = new long[8];
        private short[] sizes = new short[8];
        private byte[] firmnesses = new byte[8];
        private long[] prices = new long[8];
        private byte[] currencies = new byte[8];
        private boolean[] soldOut = new boolean[8];
        private int count;

        Builder add(long skuId, int size, int firmness, long price, int currency, boolean isSoldOut) {
            if (count == skuIds.length) {
                int grown = count * 2;
                skuIds = Arrays.copyOf(skuIds, grown);
                sizes = Arrays.copyOf(sizes, grown);
                firmnesses = Arrays.copyOf(firmnesses, grown);
                prices = Arrays.copyOf(prices, grown);
                currencies = Arrays.copyOf(currencies, grown);
                soldOut = Arrays.copyOf(soldOut, grown);
            }
            skuIds[count] = skuId;
            sizes[count] = (short) size;
            firmnesses[count] = (byte) firmness;
            prices[count] = price;
            currencies[count] = (byte) currency;
            soldOut[count] = isSoldOut;
            count++;
            return this;
        }

        ProductSkus build() {
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = Short.compare(sizes[a], sizes[b]);
                if (c == 0) {
                    c = Byte.compare(firmnesses[a], firmnesses[b]);
                }
                if (c == 0) {
                    c = Long.compare(prices[a], prices[b]);
                }
                return c != 0 ? c : Long.compare(skuIds[a], skuIds[b]);
            });
            long[] ids = new long[count];
            short[] s = new short[count];
            byte[] f = new byte[count];
            long[] p = new long[count];
            byte[] c = new byte[count];
            long[] out = new long[(count + 63) >>> 6];
            for (int i = 0; i < count; i++) {
                int from = order[i];
                ids[i] = skuIds[from];
                s[i] = sizes[from];
                f[i] = firmnesses[from];
                p[i] = prices[from];
                c[i] = currencies[from];
                if (soldOut[from]) {
                    out[i >>> 6] |= 1L << i;
                }
            }
            return new ProductSkus(ids, s, f, p, c, out);
        }
    }
}
