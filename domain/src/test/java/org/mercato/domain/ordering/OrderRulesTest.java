package org.mercato.domain.ordering;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mercato.domain.ordering.OrderStateMachineTest.line;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

/** R25–R30: what a placeable order looks like. */
class OrderRulesTest {

    @Test
    void quantity_is_one_to_fifty() {
        assertThatThrownBy(() -> line("DOR-0001-160x200-M-18", 0, 100)).isInstanceOf(OrderRuleViolation.class);
        assertThatThrownBy(() -> line("DOR-0001-160x200-M-18", 51, 100)).isInstanceOf(OrderRuleViolation.class);
        line("DOR-0001-160x200-M-18", 1, 100);
        line("DOR-0001-160x200-M-18", 50, 100);
    }

    @Test
    void an_order_has_one_to_fifty_distinct_lines_in_one_currency() {
        assertThatThrownBy(() -> place(List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> place(List.of(line("DOR-0001-160x200-M-18", 1, 100), line("DOR-0001-160x200-M-18", 2, 100))))
                .hasMessageContaining("listed twice");
        List<OrderLine> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(line("DOR-%04d-160x200-M-18".formatted(i), 1, 100));
        }
        assertThatThrownBy(() -> place(many)).hasMessageContaining("at most 50");
        OrderLine inPounds = new OrderLine(new SkuCode("DOR-0009-160x200-M-18"), new ProductId(UUID.randomUUID()), "x", "160x200", "MEDIUM",
                18, 1, Money.of(100, "GBP"));
        assertThatThrownBy(() -> place(List.of(line("DOR-0001-160x200-M-18", 1, 100), inPounds))).hasMessageContaining("one currency");
        place(many.subList(0, 50));
    }

    private static Order place(List<OrderLine> lines) {
        return Order.place(OrderId.random(), UUID.randomUUID(), lines, null, Instant.now(), Duration.ofMinutes(30));
    }
}
