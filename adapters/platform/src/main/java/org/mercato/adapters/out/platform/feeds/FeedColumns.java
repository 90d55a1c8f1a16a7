package org.mercato.adapters.out.platform.feeds;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mercato.application.imports.port.out.CatalogFeedColumns;

/** The catalog feed's column names, matched without regard to letter case: {@code SKU} is {@code sku}. */
final class FeedColumns {

    private static final Map<String, String> CANONICAL = CatalogFeedColumns.ALL.stream()
            .collect(Collectors.toMap(c -> c.toLowerCase(Locale.ROOT), Function.identity()));

    private FeedColumns() {
    }

    /** The column's canonical name, {@code attribute.<name>} with the name as written, or empty if unknown. */
    static Optional<String> canonical(String name) {
        String trimmed = name.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith(CatalogFeedColumns.ATTRIBUTE_PREFIX) && trimmed.length() > CatalogFeedColumns.ATTRIBUTE_PREFIX.length()) {
            return Optional.of(CatalogFeedColumns.ATTRIBUTE_PREFIX + trimmed.substring(CatalogFeedColumns.ATTRIBUTE_PREFIX.length()).strip());
        }
        return Optional.ofNullable(CANONICAL.get(lower));
    }
}
