package org.mercato.application.imports.port.in;

import java.util.Locale;
import java.util.Optional;

/** How a feed file is written: CSV with a header row, or one JSON object per line. */
public enum FeedFormat {
    CSV(".csv", "text/csv"),
    JSON_LINES(".jsonl", "application/jsonl");

    private final String extension;
    private final String mediaType;

    FeedFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a stored object's name announces: {@code .csv}, {@code .jsonl} or {@code .ndjson}. */
    public static Optional<FeedFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        return Optional.empty();
    }
}
