package org.mercato.domain.ordering;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.mercato.domain.catalog.SkuCode;

/** A shopper's wishlist: a set of SKUs, each at most once, at most {@value #MAX_ITEMS} of them. */
public final class Wishlist {

    public static final int MAX_ITEMS = 100;

    private final UUID accountId;
    private final Map<SkuCode, WishlistItem> items = new LinkedHashMap<>();

    private Wishlist(UUID accountId, Collection<WishlistItem> items) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        items.stream().sorted(Comparator.comparing(WishlistItem::addedAt).thenComparing(WishlistItem::sku))
                .forEach(item -> this.items.putIfAbsent(item.sku(), item));
    }

    public static Wishlist of(UUID accountId, Collection<WishlistItem> items) {
        return new Wishlist(accountId, items);
    }

    public UUID accountId() {
        return accountId;
    }

    public List<WishlistItem> items() {
        return List.copyOf(items.values());
    }

    public Optional<WishlistItem> item(SkuCode sku) {
        return Optional.ofNullable(items.get(sku));
    }

    /**
     * Keeps a SKU; adding one that is already there changes nothing. Returns the new item, or empty when
     * there was nothing to add.
     */
    public Optional<WishlistItem> add(SkuCode sku, Instant now) {
        Objects.requireNonNull(sku, "sku");
        if (items.containsKey(sku)) {
            return Optional.empty();
        }
        if (items.size() >= MAX_ITEMS) {
            throw new CartRuleViolation("sku", "a wishlist holds at most " + MAX_ITEMS + " SKUs");
        }
        WishlistItem item = new WishlistItem(sku, now);
        items.put(sku, item);
        return Optional.of(item);
    }

    /** False when the SKU was not there (removing is idempotent). */
    public boolean remove(SkuCode sku) {
        return items.remove(sku) != null;
    }
}
