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
    void a_movement_must_change_something_and_name_its_actor() {
        assertThatThrownBy(() -> new StockMovement(sku, warehouse, 0, MovementReason.ADJUSTED, "clerk", null, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StockMovement(sku, warehouse, 3, MovementReason.RECEIVED, " ", null, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
