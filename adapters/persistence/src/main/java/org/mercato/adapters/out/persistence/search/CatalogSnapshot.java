package org.mercato.adapters.out.persistence.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mercato.application.catalog.port.in.ProductDetail.CategoryRef;
import org.mercato.application.catalog.port.in.ProductDetail.ManufacturerRef;
import org.mercato.domain.catalog.MattressSize;

/**
 * What this node's search knows of every product besides its text (ADR 0021): manufacturer, category, the
 * order "newest" and all SKUs ({@link ProductSkus}), by product ordinal. Immutable: a change makes a new
 * snapshot that shares the products it did not change, so searches in flight keep a consistent view.
 * Ordinals, and the ordinals of sizes, currencies, manufacturers and categories, are this node's and
 * never reused while it runs.
 */
final class CatalogSnapshot {

    static final CatalogSnapshot EMPTY = new CatalogSnapshot(new Product[0], Map.of(), Dictionaries.EMPTY);

    /** One product. {@code createdAt} and {@code unitsSold} order "newest" and "bestselling". */
    record Product(UUID id, String name, int manufacturer, int category, long createdAtMicros, long unitsSold,
            ProductSkus skus) {
    }

    /** Sizes, currencies, manufacturers and categories by ordinal; append-only from one snapshot to the next. */
    record Dictionaries(List<MattressSize> sizes, Map<MattressSize, Integer> sizeOrdinals, List<String> currencies,
            List<ManufacturerRef> manufacturers, Map<UUID, Integer> manufacturerOrdinals,
            List<CategoryRef> categories, Map<String, Integer> categoryOrdinalsBySlug) {

        static final Dictionaries EMPTY = new Dictionaries(List.of(), Map.of(), List.of(), List.of(), Map.of(),
                List.of(), Map.of());
    }

    /** Slots by ordinal; null where a product was deleted. */
    private final Product[] products;
    private final Map<UUID, Integer> ordinals;
    final Dictionaries dictionaries;
    /** Ordinals from newest to oldest (then by id), and each ordinal's place in that order. */
    final int[] newestOrder;
    final int[] newestRank;
    /** Laid out for the last price bands asked for (they are configuration: the same every time). */
    private volatile CatalogColumns columns;

    private CatalogSnapshot(Product[] products, Map<UUID, Integer> ordinals, Dictionaries dictionaries) {
        this.products = products;
        this.ordinals = ordinals;
        this.dictionaries = dictionaries;
        // Ties by id as text, as the index sorted its productId keyword.
        String[] ids = new String[products.length];
        for (int i = 0; i < products.length; i++) {
            ids[i] = products[i] == null ? null : products[i].id().toString();
        }
        this.newestOrder = Arrays.stream(ordinalsOf(products))
                .boxed()
                .sorted((a, b) -> {
                    int c = Long.compare(products[b].createdAtMicros(), products[a].createdAtMicros());
                    return c != 0 ? c : ids[a].compareTo(ids[b]);
                })
                .mapToInt(Integer::intValue)
                .toArray();
        this.newestRank = new int[products.length];
        Arrays.fill(newestRank, Integer.MAX_VALUE);
        for (int rank = 0; rank < newestOrder.length; rank++) {
            newestRank[newestOrder[rank]] = rank;
        }
    }

    private static int[] ordinalsOf(Product[] products) {
        return java.util.stream.IntStream.range(0, products.length).filter(i -> products[i] != null).toArray();
    }

    /** The whole catalog, as read from the database. */
    static CatalogSnapshot of(Collection<Product> products, Dictionaries dictionaries) {
        Product[] slots = products.toArray(Product[]::new);
        Map<UUID, Integer> ordinals = new HashMap<>(slots.length * 2);
        for (int i = 0; i < slots.length; i++) {
            ordinals.put(slots[i].id(), i);
        }
        return new CatalogSnapshot(slots, ordinals, dictionaries);
    }

    /**
     * This snapshot with some products read anew: each of {@code changed} replaces the product of its id or is
     * added; each id of {@code gone} is removed.
     */
    CatalogSnapshot with(Collection<Product> changed, Collection<UUID> gone, Dictionaries newDictionaries) {
        List<Product> added = new ArrayList<>();
        Product[] slots = products.clone();
        Map<UUID, Integer> newOrdinals = new HashMap<>(ordinals);
        for (UUID id : gone) {
            Integer ordinal = newOrdinals.remove(id);
            if (ordinal != null) {
                slots[ordinal] = null;
            }
        }
        for (Product product : changed) {
            Integer ordinal = newOrdinals.get(product.id());
            if (ordinal != null) {
                slots[ordinal] = product;
            } else {
                added.add(product);
            }
        }
        if (!added.isEmpty()) {
            int first = slots.length;
            slots = Arrays.copyOf(slots, first + added.size());
            for (int i = 0; i < added.size(); i++) {
                slots[first + i] = added.get(i);
                newOrdinals.put(added.get(i).id(), first + i);
            }
        }
        return new CatalogSnapshot(slots, newOrdinals, newDictionaries);
    }

    /** This snapshot laid out for scanning with these price bands; built on first use. */
    CatalogColumns columns(PriceBands bands) {
        CatalogColumns laidOut = columns;
        if (laidOut == null || laidOut.bands != bands) {
            synchronized (this) {
                laidOut = columns;
                if (laidOut == null || laidOut.bands != bands) {
                    laidOut = new CatalogColumns(this, bands);
                    columns = laidOut;
                }
            }
        }
        return laidOut;
    }

    /** The product at an ordinal, null when it was deleted. */
    Product product(int ordinal) {
        return products[ordinal];
    }

    /** The product's ordinal, -1 when this snapshot does not hold it. */
    int ordinalOf(UUID id) {
        Integer ordinal = ordinals.get(id);
        return ordinal == null ? -1 : ordinal;
    }

    /** Products held (deleted ones not counted). */
    int productCount() {
        return newestOrder.length;
    }

    /** Ordinal slots, deleted ones included: the size of per-ordinal arrays. */
    int slots() {
        return products.length;
    }

    long skuCount() {
        long n = 0;
        for (Product p : products) {
            n += p == null ? 0 : p.skus().size();
        }
        return n;
    }
}
