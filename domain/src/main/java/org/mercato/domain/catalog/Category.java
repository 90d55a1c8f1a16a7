package org.mercato.domain.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/** A shop category such as "Memory foam"; its slug is the stable, URL-safe name that filters use. */
public record Category(CategoryId id, String slug, String name) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("category slug must be lower-case words joined by '-': " + slug);
        }
    }

    /** True for lower-case words joined by '-', such as {@code memory-foam}. */
    public static boolean isValidSlug(String text) {
        return text != null && text.length() <= 60 && SLUG.matcher(text).matches();
    }
}
