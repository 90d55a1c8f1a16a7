package org.mercato.adapters.out.persistence.search;

import java.util.Arrays;
import java.util.List;
import org.mercato.application.catalog.port.out.ProductSearchPort.PriceRange;

/**
 * The price ranges of the price facet as bands: band i holds prices from {@code lowerBounds[i]} up to the
 * next band's bound. The ranges come from configuration, adjacent and ascending, at most 63 of them.
 */
final class PriceBands {

    final List<PriceRange> ranges;
    private final long[] lowerBounds;

    PriceBands(List<PriceRange> ranges) {
        if (ranges.isEmpty() || ranges.size() > 63) {
            throw new IllegalArgumentException("1 to 63 price ranges, not " + ranges.size());
        }
        this.ranges = List.copyOf(ranges);
        this.lowerBounds = ranges.stream().mapToLong(PriceRange::min).toArray();
        for (int i = 1; i < lowerBounds.length; i++) {
            PriceRange before = ranges.get(i - 1);
            if (before.max() == null || before.max() + 1 != lowerBounds[i]) {
                throw new IllegalArgumentException("price ranges must be adjacent and ascending: " + ranges);
            }
        }
    }

    /** The band of a price; a price below the first range counts in the first. */
    int bandOf(long price) {
        int i = Arrays.binarySearch(lowerBounds, price);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    int count() {
        return lowerBounds.length;
    }
}
