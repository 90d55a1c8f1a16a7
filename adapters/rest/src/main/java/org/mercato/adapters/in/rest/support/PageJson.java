package org.mercato.adapters.in.rest.support;

import java.util.List;

/** The page envelope every list answers with: {@code {"items": [...], "page": 0, "size": 20, "total": 1234}}. */
public record PageJson<T>(List<T> items, int page, int size, long total) {

    /** A list short enough to be one page. */
    public static <T> PageJson<T> whole(List<T> items) {
        return new PageJson<>(items, 0, items.size(), items.size());
    }
}
