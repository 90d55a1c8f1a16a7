package org.mercato.application.catalog.port.in;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The orders a shopper can ask search results in; {@link #code()} is the API spelling. */
public enum ProductSort {
    /** Best text match first; only meaningful with a search text, and then the default. */
    RELEVANCE,
    /** Cheapest "price from" (of the SKUs that match the filters) first. */
    PRICE_ASC,
    /** Dearest "price from" first. */
    PRICE_DESC,
    /** Most recently added product first; the default without a search text. */
    NEWEST,
    /**
     * Most units sold first. Until orders record sales every product has sold nothing, so this
     * orders like {@link #NEWEST}.
     */
    BESTSELLING;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProductSort> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.code().equals(text)).findFirst();
    }

    /** The API spellings, for error messages: {@code relevance, price_asc, ...}. */
    public static String codes() {
        return Arrays.stream(values()).map(ProductSort::code).collect(Collectors.joining(", "));
    }
}
