package org.mercato.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mercato.domain.catalog.SkuCode;

class StockLevelTest {

    private final SkuCode sku = new SkuCode("DRM-1");
    private final WarehouseId warehouse = new WarehouseId(UUID.randomUUID());

    @Test
    void available_is_on_hand_minus_reserved() {
        assertThat(new StockLevel(sku, warehouse, 10, 3).available()).isEqualTo(7);
        assertThat(StockLevel.received(sku, warehouse, 5).available()).isEqualTo(5);
    }

    @Test
    void never_negative_and_never_more_reserved_than_on_hand() {
        assertThatThrownBy(() -> new StockLevel(sku, warehouse, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StockLevel(sku, warehouse, 1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StockLevel(sku, warehouse, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void receiving_raises_on_hand_and_writes_a_received_movement() {
        StockChange change = new StockLevel(sku, warehouse, 4, 1).receive(6, "clerk", "PO-17", Instant.EPOCH);
        assertThat(change.after()).isEqualTo(new StockLevel(sku, warehouse, 10, 1));
        assertThat(change.movement().delta()).isEqualTo(6);
        assertThat(change.movement().reason()).isEqualTo(MovementReason.RECEIVED);
        assertThat(change.movement().reference()).isEqualTo("PO-17");
        assertThatThrownBy(() -> change.after().receive(0, "clerk", null, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reserved_units_cannot_be_adjusted_or_counted_away() {
        StockLevel level = new StockLevel(sku, warehouse, 10, 7);
        assertThat(level.adjust(-3, MovementReason.DAMAGED, "clerk", "water", Instant.EPOCH).after().onHand()).isEqualTo(7);
        assertThatThrownBy(() -> level.adjust(-4, MovementReason.DAMAGED, "clerk", "water", Instant.EPOCH))
                .isInstanceOf(StockRuleViolation.class).hasMessageContaining("7 are reserved");
        assertThatThrownBy(() -> level.count(6, "clerk", null, Instant.EPOCH)).isInstanceOf(StockRuleViolation.class);
    }

    @Test
    void adjustment_reasons_go_their_own_way() {
        StockLevel level = new StockLevel(sku, warehouse, 10, 0);
        assertThatThrownBy(() -> level.adjust(2, MovementReason.DAMAGED, "clerk", null, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> level.adjust(-2, MovementReason.RETURNED, "clerk", null, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> level.adjust(2, MovementReason.RECEIVED, "clerk", null, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
        assertThat(level.adjust(2, MovementReason.RETURNED, "clerk", null, Instant.EPOCH).after().onHand()).isEqualTo(12);
        assertThat(level.adjust(-2, MovementReason.ADJUSTED, "clerk", null, Instant.EPOCH).after().onHand()).isEqualTo(8);
    }

    @Test
    void a_stocktake_writes_the_difference_and_nothing_when_the_count_agrees() {
        StockLevel level = new StockLevel(sku, warehouse, 10, 2);
        assertThat(level.count(10, "clerk", null, Instant.EPOCH)).isEmpty();
        StockChange change = level.count(7, "clerk", "shelf B3", Instant.EPOCH).orElseThrow();
        assertThat(change.movement().delta()).isEqualTo(-3);
        assertThat(change.movement().reason()).isEqualTo(MovementReason.STOCKTAKE);
        assertThat(change.after().onHand()).isEqualTo(7);
    }

    @Test
    void a_movement_must_change_something_and_name_its_actor() {
        assertThatThrownBy(() -> new StockMovement(sku, warehouse, 0, MovementReason.ADJUSTED, "clerk", null, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StockMovement(sku, warehouse, 3, MovementReason.RECEIVED, " ", null, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
