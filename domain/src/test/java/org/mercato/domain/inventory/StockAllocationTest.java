package org.mercato.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.inventory.StockAllocation.Allocation;

/** R31–R35: reservations never take more than is available, and prefer one warehouse per line. */
class StockAllocationTest {

    static final SkuCode SKU = new SkuCode("DOR-0001-160x200-M-18");
    static final WarehouseId BER = new WarehouseId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    static final WarehouseId MIL = new WarehouseId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

    @Test
    void one_warehouse_with_the_most_available_serves_a_line_it_can_cover() {
        var levels = List.of(new StockLevel(SKU, BER, 10, 5), new StockLevel(SKU, MIL, 8, 0));
        assertThat(StockAllocation.allocate(4, levels)).contains(List.of(new Allocation(MIL, 4)));
    }

    @Test
    void ties_go_to_the_first_warehouse_in_the_given_order() {
        var levels = List.of(new StockLevel(SKU, BER, 5, 0), new StockLevel(SKU, MIL, 5, 0));
        assertThat(StockAllocation.allocate(5, levels)).contains(List.of(new Allocation(BER, 5)));
    }

    @Test
    void a_line_no_single_warehouse_covers_splits_fullest_first() {
        var levels = List.of(new StockLevel(SKU, BER, 3, 0), new StockLevel(SKU, MIL, 6, 2));
        assertThat(StockAllocation.allocate(6, levels)).contains(List.of(new Allocation(MIL, 4), new Allocation(BER, 2)));
    }

    @Test
    void nothing_is_allocated_when_all_warehouses_together_are_short() {
        var levels = List.of(new StockLevel(SKU, BER, 3, 1), new StockLevel(SKU, MIL, 6, 6));
        assertThat(StockAllocation.allocate(3, levels)).isEmpty();
        assertThat(StockAllocation.available(levels)).isEqualTo(2);
        assertThat(StockAllocation.allocate(1, List.of())).isEmpty();
    }

    @Test
    void reserving_and_releasing_keep_zero_le_reserved_le_on_hand() {
        StockLevel level = new StockLevel(SKU, BER, 5, 0);
        StockLevel reserved = level.reserve(5);
        assertThat(reserved.available()).isZero();
        assertThatThrownBy(() -> reserved.reserve(1)).isInstanceOf(StockRuleViolation.class);
        assertThat(reserved.release(2).reserved()).isEqualTo(3);
        assertThatThrownBy(() -> level.release(1)).isInstanceOf(StockRuleViolation.class);
        assertThatThrownBy(() -> level.reserve(0)).isInstanceOf(StockRuleViolation.class);
    }
}
