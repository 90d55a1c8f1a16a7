package org.mercato.domain.ordering;

import java.util.Objects;
import java.util.UUID;

public record OrderId(UUID value) implements Comparable<OrderId> {

    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    @Override
    public int compareTo(OrderId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
