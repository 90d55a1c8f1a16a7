package org.mercato.adapters.out.platform.feeds;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mercato.application.imports.port.out.CatalogFeedColumns;
import org.mercato.application.imports.port.out.FeedRecord;
import org.mercato.application.imports.port.out.FeedRecordReader.FeedRecords;
import org.mercato.application.imports.port.out.FeedRecordReader.MalformedFeedException;

/**
 * JSON lines (NDJSON): one JSON object per line, blank lines skipped. Strings, numbers and booleans
 * become text, {@code null} is a missing value, and an {@code attributes} object becomes
 * {@code attribute.<name>} fields. If the first line is not a JSON object, the file is not JSON lines.
 */
final class JsonLinesFeedRecords implements FeedRecords {

    /** Looked up once: {@code Json.createReader} runs a ServiceLoader scan on every call, here every line. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final BufferedReader in;
    private FeedRecord first;
    private int line;

    JsonLinesFeedRecords(BufferedReader in) {
        this.in = in;
        FeedRecord record = next();
        if (record == null) {
            close();
            throw new MalformedFeedException("the feed is empty");
        }
        if (record.isMalformed() && record.fields().isEmpty() && record.malformed().startsWith(NOT_JSON)) {
            close();
            throw new MalformedFeedException("not JSON lines: line " + record.line() + " is not a JSON object");
        }
        this.first = record;
    }

    private static final String NOT_JSON = "not a JSON object";

    @Override
    public FeedRecord next() {
        if (first != null) {
            FeedRecord record = first;
            first = null;
            return record;
        }
        String text;
        do {
            text = readLine();
            if (text == null) {
                return null;
            }
            line++;
        } while (text.isBlank());
        if (line == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonObject object;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return FeedRecord.malformed(line, NOT_JSON);
            }
            object = value.asJsonObject();
        } catch (JsonException e) {
            return FeedRecord.malformed(line, NOT_JSON + " (a JSON line holds one object and no line breaks)");
        }
        Map<String, String> fields = new HashMap<>();
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            if (member.getKey().equals(CatalogFeedColumns.ATTRIBUTES_OBJECT)
                    && member.getValue().getValueType() == JsonValue.ValueType.OBJECT) {
                for (Map.Entry<String, JsonValue> attribute : member.getValue().asJsonObject().entrySet()) {
                    String name = CatalogFeedColumns.ATTRIBUTE_PREFIX + attribute.getKey().strip();
                    Optional<String> problem = put(fields, name, attribute.getValue());
                    if (problem.isPresent()) {
                        return FeedRecord.malformed(line, "attribute " + attribute.getKey() + " " + problem.get());
                    }
                }
                continue;
            }
            Optional<String> column = FeedColumns.canonical(member.getKey());
            if (column.isEmpty()) {
                return FeedRecord.malformed(line, "unknown member " + abbreviate(member.getKey())
                        + "; the members are " + CatalogFeedColumns.ALL + " and attributes");
            }
            Optional<String> problem = put(fields, column.get(), member.getValue());
            if (problem.isPresent()) {
                return FeedRecord.malformed(line, column.get() + " " + problem.get());
            }
        }
        return FeedRecord.of(line, fields);
    }

    private static Optional<String> put(Map<String, String> fields, String name, JsonValue value) {
        switch (value.getValueType()) {
            case STRING -> fields.put(name, ((JsonString) value).getString());
            case NUMBER -> fields.put(name, ((JsonNumber) value).bigDecimalValue().toPlainString());
            case TRUE, FALSE -> fields.put(name, value.toString());
            case NULL -> {
                // a missing value
            }
            default -> {
                return Optional.of("must be a string or a number");
            }
        }
        return Optional.empty();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
