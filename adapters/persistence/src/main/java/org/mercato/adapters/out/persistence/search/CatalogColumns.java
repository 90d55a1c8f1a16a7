package org.mercato.adapters.out.persistence.search;

/**
 * A {@link CatalogSnapshot} laid out for scanning (ADR 0021): one array per property, products in the order
 * "newest" (column i is the i-th newest product) and the (size, firmness) groups of all products one after the
 * other. A search reads a few contiguous arrays instead of chasing a dozen objects per product; at 16,000
 * products and 800,000 groups that is what keeps a search over the whole catalog within a few milliseconds.
 * Built once per snapshot and set of price bands, on the first search that needs it.
 */
final class CatalogColumns {

    final PriceBands bands;
    /** Products, deleted ones not counted. */
    final int size;
    /** The snapshot ordinal of each column. */
    final int[] ordinals;
    final int[] categories;
    final int[] manufacturers;
    final long[] unitsSold;
    /** Index of the cheapest SKU, and of the cheapest available when loaded; -1 when none. */
    final int[] cheapestSku;
    final int[] cheapestAvailableSku;
    /** Cheapest and dearest SKU price; Long.MAX_VALUE and Long.MIN_VALUE without SKUs. */
    final long[] minPrices;
    final long[] maxPrices;
    /** Each product's SKUs as {@link ProductSkus}, for the SKU-by-SKU walk of groups that need it. */
    final ProductSkus[] skus;
    /** Whether the per-product size sets fit one long (at most 64 sizes in the catalog). */
    final boolean sizeMasks;
    final long[] sizeMask;
    final long[] availableSizeMask;
    final byte[] firmnessMask;
    final byte[] availableFirmnessMask;
    final long[] bandMask;
    final long[] availableBandMask;
    /** Groups of column i: groupOffsets[i] (included) to groupOffsets[i + 1] (excluded). */
    final int[] groupOffsets;
    final short[] groupSizes;
    final byte[] groupFirmnesses;
    final long[] groupMin;
    final long[] groupMax;
    /** Index, within its product's SKUs, of the group's first SKU, and of its cheapest available one (-1: none). */
    final int[] groupFirstSku;
    final int[] groupFirstAvailable;
    final long[] groupBands;
    final long[] groupAvailableBands;
    /** Sizes in the dictionary when built; the group of column i, size s and firmness f is at [(i * sizes + s) * 5 + f], plus one. */
    final int sizes;
    final int[] groupAt;
    /** The largest number of groups a product has. */
    final int maxGroups;

    CatalogColumns(CatalogSnapshot catalog, PriceBands bands) {
        this.bands = bands;
        this.size = catalog.productCount();
        this.ordinals = catalog.newestOrder.clone();
        this.sizes = catalog.dictionaries.sizes().size();
        this.sizeMasks = sizes <= 64;
        categories = new int[size];
        manufacturers = new int[size];
        unitsSold = new long[size];
        cheapestSku = new int[size];
        cheapestAvailableSku = new int[size];
        minPrices = new long[size];
        maxPrices = new long[size];
        skus = new ProductSkus[size];
        sizeMask = new long[size];
        availableSizeMask = new long[size];
        firmnessMask = new byte[size];
        availableFirmnessMask = new byte[size];
        bandMask = new long[size];
        availableBandMask = new long[size];
        groupOffsets = new int[size + 1];
        int groups = 0;
        for (int i = 0; i < size; i++) {
            groups += catalog.product(ordinals[i]).skus().groups();
        }
        groupSizes = new short[groups];
        groupFirmnesses = new byte[groups];
        groupMin = new long[groups];
        groupMax = new long[groups];
        groupFirstSku = new int[groups];
        groupFirstAvailable = new int[groups];
        groupBands = new long[groups];
        groupAvailableBands = new long[groups];
        groupAt = new int[size * sizes * ProductSkus.FIRMNESSES];
        int g = 0;
        for (int i = 0; i < size; i++) {
            CatalogSnapshot.Product product = catalog.product(ordinals[i]);
            ProductSkus p = product.skus();
            ProductSkus.BandMasks masks = p.bandMasks(bands);
            categories[i] = product.category();
            manufacturers[i] = product.manufacturer();
            unitsSold[i] = product.unitsSold();
            skus[i] = p;
            cheapestSku[i] = p.cheapest;
            cheapestAvailableSku[i] = p.cheapestAvailable;
            minPrices[i] = p.cheapest < 0 ? Long.MAX_VALUE : p.prices[p.cheapest];
            maxPrices[i] = p.maxPrice;
            firmnessMask[i] = (byte) p.firmnessMask;
            availableFirmnessMask[i] = (byte) p.availableFirmnessMask;
            bandMask[i] = masks.product;
            availableBandMask[i] = masks.productAvailable;
            if (sizeMasks) {
                sizeMask[i] = maskOf(p.distinctSizes);
                availableSizeMask[i] = maskOf(p.availableSizes);
            }
            groupOffsets[i] = g;
            for (int k = 0; k < p.groups(); k++, g++) {
                int first = p.groupStarts[k];
                groupSizes[g] = p.sizes[first];
                groupFirmnesses[g] = p.firmnesses[first];
                groupMin[g] = p.prices[first];
                groupMax[g] = p.prices[p.groupStarts[k + 1] - 1];
                groupFirstSku[g] = first;
                groupFirstAvailable[g] = p.firstAvailable[k];
                groupBands[g] = masks.group[k];
                groupAvailableBands[g] = masks.groupAvailable[k];
                groupAt[(i * sizes + groupSizes[g]) * ProductSkus.FIRMNESSES + groupFirmnesses[g]] = g + 1;
            }
        }
        groupOffsets[size] = g;
        int most = 0;
        for (int i = 0; i < size; i++) {
            most = Math.max(most, groupOffsets[i + 1] - groupOffsets[i]);
        }
        maxGroups = most;
    }

    private static long maskOf(short[] sizes) {
        long mask = 0;
        for (short s : sizes) {
            mask |= 1L << s;
        }
        return mask;
    }

    /**
     * Writes the groups of a column that a size and a firmness ({@link SkuFilter#ANY} for all) select into
     * {@code into}, by size then firmness, and returns how many.
     */
    int groupsOf(int column, int size, int firmness, int[] into) {
        if (size == SkuFilter.ANY && firmness == SkuFilter.ANY) {
            int n = 0;
            for (int g = groupOffsets[column]; g < groupOffsets[column + 1]; g++) {
                into[n++] = g;
            }
            return n;
        }
        int n = 0;
        int fromSize = size == SkuFilter.ANY ? 0 : size;
        int toSize = size == SkuFilter.ANY ? sizes - 1 : Math.min(size, sizes - 1);
        int fromFirmness = firmness == SkuFilter.ANY ? 0 : firmness;
        int toFirmness = firmness == SkuFilter.ANY ? ProductSkus.FIRMNESSES - 1 : firmness;
        for (int s = fromSize; s <= toSize; s++) {
            int row = (column * sizes + s) * ProductSkus.FIRMNESSES;
            for (int f = fromFirmness; f <= toFirmness; f++) {
                int group = groupAt[row + f] - 1;
                if (group >= 0) {
                    into[n++] = group;
                }
            }
        }
        return n;
    }

    /** The SKUs of a group: from {@code groupFirstSku[g]} to this, excluded. */
    int groupEnd(int column, int g) {
        return g + 1 < groupOffsets[column + 1] ? groupFirstSku[g + 1] : skus[column].size();
    }
}
