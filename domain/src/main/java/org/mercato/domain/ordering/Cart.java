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
import org.mercato.domain.shared.Money;

/**
 * A shopper's one cart and its rules: each line holds 1..50 units of one SKU, a cart holds at most 50
 * lines, and all its lines are priced in one currency (so that it has one total).
 */
public final class Cart {

    public static final int MIN_QUANTITY = 1;
    public static final int MAX_QUANTITY = 50;
    public static final int MAX_LINES = 50;

    private final UUID accountId;
    private final Map<SkuCode, CartLine> lines = new LinkedHashMap<>();

    private Cart(UUID accountId, Collection<CartLine> lines) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        lines.stream().sorted(Comparator.comparing(CartLine::addedAt).thenComparing(CartLine::sku))
                .forEach(line -> {
                    if (this.lines.put(line.sku(), line) != null) {
                        throw new IllegalArgumentException("two lines for " + line.sku());
                    }
                });
    }

    /** The cart as stored; lines in the order they were added. */
    public static Cart of(UUID accountId, Collection<CartLine> lines) {
        return new Cart(accountId, lines);
    }

    public static boolean isAllowedQuantity(int quantity) {
        return quantity >= MIN_QUANTITY && quantity <= MAX_QUANTITY;
    }

    public UUID accountId() {
        return accountId;
    }

    public List<CartLine> lines() {
        return List.copyOf(lines.values());
    }

    public Optional<CartLine> line(SkuCode sku) {
        return Optional.ofNullable(lines.get(sku));
    }

    /**
     * Sets the quantity of a SKU, adding the line when it is new. Returns the line to store; an existing
     * line keeps its place (its {@code addedAt}).
     */
    public CartLine setQuantity(SkuCode sku, int quantity, Instant now) {
        Objects.requireNonNull(sku, "sku");
        if (!isAllowedQuantity(quantity)) {
            throw new CartRuleViolation("quantity", "must be between " + MIN_QUANTITY + " and " + MAX_QUANTITY);
        }
        CartLine existing = lines.get(sku);
        if (existing == null && lines.size() >= MAX_LINES) {
            throw new CartRuleViolation("sku", "a cart holds at most " + MAX_LINES + " different SKUs");
        }
        CartLine line = existing == null ? new CartLine(sku, quantity, now) : existing.withQuantity(quantity);
        lines.put(sku, line);
        return line;
    }

    /** Adds units to a SKU's line (a new line when absent); the sum must stay within the line limit. */
    public CartLine add(SkuCode sku, int quantity, Instant now) {
        if (quantity < MIN_QUANTITY) {
            throw new CartRuleViolation("quantity", "must be at least " + MIN_QUANTITY);
        }
        int current = line(sku).map(CartLine::quantity).orElse(0);
        if (current + quantity > MAX_QUANTITY) {
            throw new CartRuleViolation("quantity", "the cart already holds " + current + " of " + sku
                    + "; a line holds at most " + MAX_QUANTITY);
        }
        return setQuantity(sku, current + quantity, now);
    }

    /** Removes a SKU's line; false when there was none (removing is idempotent). */
    public boolean remove(SkuCode sku) {
        return lines.remove(sku) != null;
    }

    /**
     * Refuses a SKU priced in another currency than the lines already in the cart, given their current
     * prices: one cart, one currency, one total.
     */
    public static void requireOneCurrency(Money newPrice, Collection<Money> pricesOfOtherLines) {
        for (Money other : pricesOfOtherLines) {
            if (!other.currency().equals(newPrice.currency())) {
                throw new CartRuleViolation("sku", "this SKU is priced in " + newPrice.currency()
                        + " but the cart is in " + other.currency() + "; a cart holds one currency");
            }
        }
    }

    /**
     * The sum of line totals, or empty when there is nothing to sum or the lines are in more than one
     * currency (possible only when a product changed its currency after it was put in the cart).
     */
    public static Optional<Money> total(Collection<Money> lineTotals) {
        if (lineTotals.isEmpty() || lineTotals.stream().map(Money::currency).distinct().count() > 1) {
            return Optional.empty();
        }
        Money sum = null;
        for (Money m : lineTotals) {
            sum = sum == null ? m : sum.plus(m);
        }
        return Optional.of(sum);
    }
}
