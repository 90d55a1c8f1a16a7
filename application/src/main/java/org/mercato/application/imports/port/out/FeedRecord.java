package org.mercato.application.imports.port.out;

import java.util.Map;

/**
 * One line of a feed as read: its line number in the file (a quoted CSV value may span lines; the record
 * starts on {@code line}) and its fields by column name. A line that could not even be split into fields
 * has {@code malformed} set and no fields.
 */
public record FeedRecord(int line, Map<String, String> fields, String malformed) {

    public FeedRecord {
        fields = Map.copyOf(fields == null ? Map.of() : fields);
    }

    public static FeedRecord of(int line, Map<String, String> fields) {
        return new FeedRecord(line, fields, null);
    }

    public static FeedRecord malformed(int line, String why) {
        return new FeedRecord(line, Map.of(), why);
    }

    public boolean isMalformed() {
        return malformed != null;
    }
}
