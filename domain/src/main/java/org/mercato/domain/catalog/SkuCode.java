package org.mercato.domain.catalog;

import java.util.regex.Pattern;

/** The stock-keeping unit code shoppers and staff see, e.g. {@code DRM-0007-160x200-MF-22}. */
public record SkuCode(String value) implements Comparable<SkuCode> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9x-]{2,63}");

    public SkuCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a SKU code: " + value);
        }
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public int compareTo(SkuCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
