package org.mercato.adapters.out.persistence;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * An {@code in (...)} list as one named parameter per value. Hibernate does not cache the plan of a
 * query bound to a collection-valued parameter and translates it anew on every call, which profiling
 * showed to be a tenth of an order placement's CPU. With one parameter per value there is one query
 * string per list length, each translated once. For the hot paths, whose lists are short (order lines,
 * the SKUs of a batch).
 */
public final class InList {

    private final String name;
    private final List<?> values;

    private InList(String name, Collection<?> values) {
        this.name = name;
        this.values = List.copyOf(values);
    }

    /** {@code values} must not be empty. */
    public static InList of(String name, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an in list needs at least one value");
        }
        return new InList(name, values);
    }

    /** The parameters to put between the parentheses: {@code :name0, :name1, ...}. */
    public String placeholders() {
        return IntStream.range(0, values.size()).mapToObj(i -> ":" + name + i).collect(Collectors.joining(", "));
    }

    public <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(name + i, values.get(i));
        }
        return query;
    }
}
