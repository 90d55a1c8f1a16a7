package org.mercato.domain.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides which warehouses serve one order line. One warehouse that can ship the whole line is best
 * (one parcel): the one with the most available, so stock drains evenly. Only when none can does the
 * line split, taking from the fullest warehouses first.
 */
public final class StockAllocation {

    private StockAllocation() {
    }

    public record Allocation(WarehouseId warehouse, int quantity) {
    }

    /**
     * The allocation of {@code requested} units over {@code levels} (the stock rows of one SKU, in a
     * stable order that breaks ties), or empty when they hold fewer available units than requested.
     */
    public static Optional<List<Allocation>> allocate(int requested, List<StockLevel> levels) {
        if (requested < 1) {
            throw new IllegalArgumentException("requested must be positive");
        }
        if (available(levels) < requested) {
            return Optional.empty();
        }
        // Fullest first: when one warehouse can ship the whole line, the loop takes it all there.
        List<StockLevel> fullestFirst = new ArrayList<>(levels);
        fullestFirst.sort(Comparator.comparingInt(StockLevel::available).reversed());
        List<Allocation> split = new ArrayList<>();
        int left = requested;
        for (StockLevel level : fullestFirst) {
            int take = Math.min(left, level.available());
            if (take > 0) {
                split.add(new Allocation(level.warehouse(), take));
                left -= take;
            }
            if (left == 0) {
                break;
            }
        }
        return Optional.of(List.copyOf(split));
    }

    /** What all warehouses together have available (at most {@code Integer.MAX_VALUE}). */
    public static int available(List<StockLevel> levels) {
        return (int) Math.min(Integer.MAX_VALUE, levels.stream().mapToLong(StockLevel::available).sum());
    }
}
