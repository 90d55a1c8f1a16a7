package org.mercato.adapters.out.platform.feeds;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mercato.application.imports.port.out.CatalogFeedColumns;
import org.mercato.application.imports.port.out.FeedRecord;
import org.mercato.application.imports.port.out.FeedRecordReader.FeedRecords;
import org.mercato.application.imports.port.out.FeedRecordReader.MalformedFeedException;

/**
 * RFC 4180 CSV: comma-separated, values in double quotes may hold commas, line breaks and doubled quotes
 * ({@code ""}), lines end in CRLF or LF. The first row is the header; every column must be a catalog
 * feed column and the required ones must all be there.
 */
final class CsvFeedRecords implements FeedRecords {

    private final Reader in;
    private final List<String> columns;
    private int line = 1;
    private boolean ended;

    CsvFeedRecords(Reader in) {
        this.in = in;
        skipByteOrderMark();
        Row header = readRow();
        if (header == null || header.malformed != null) {
            close();
            throw new MalformedFeedException(header == null ? "the feed is empty"
                    : "the CSV header cannot be read: " + header.malformed);
        }
        this.columns = columnsOf(header.values);
    }

    private static List<String> columnsOf(List<String> header) {
        List<String> columns = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String name : header) {
            Optional<String> column = FeedColumns.canonical(name);
            if (column.isEmpty()) {
                unknown.add(name.strip());
            } else if (!seen.add(column.get())) {
                throw new MalformedFeedException("the CSV header names the column " + column.get() + " twice");
            } else {
                columns.add(column.get());
            }
        }
        Set<String> missing = new TreeSet<>(CatalogFeedColumns.REQUIRED);
        missing.removeAll(seen);
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            throw new MalformedFeedException("not a catalog feed CSV: the header row must name the columns "
                    + new TreeSet<>(CatalogFeedColumns.REQUIRED) + (missing.isEmpty() ? "" : "; missing " + missing)
                    + (unknown.isEmpty() ? "" : "; unknown " + abbreviate(unknown)));
        }
        return columns;
    }

    private static String abbreviate(Set<String> unknown) {
        String text = unknown.toString();
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    @Override
    public FeedRecord next() {
        while (true) {
            int start = line;
            Row row = readRow();
            if (row == null) {
                return null;
            }
            if (row.malformed != null) {
                return FeedRecord.malformed(start, row.malformed);
            }
            if (row.values.size() == 1 && row.values.get(0).isBlank() && !row.quoted) {
                continue;
            }
            if (row.values.size() != columns.size()) {
                return FeedRecord.malformed(start, "the line has " + row.values.size() + " values, the header has "
                        + columns.size() + " columns");
            }
            Map<String, String> fields = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                fields.put(columns.get(i), row.values.get(i));
            }
            return FeedRecord.of(start, fields);
        }
    }

    private record Row(List<String> values, boolean quoted, String malformed) {
    }

    /** One row, or null at the end of the input. */
    private Row readRow() {
        if (ended) {
            return null;
        }
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        boolean afterQuote = false;
        boolean any = false;
        String malformed = null;
        while (true) {
            int c = read();
            if (c == -1) {
                ended = true;
                if (inQuotes) {
                    return new Row(values, true, "a quoted value is not closed before the end of the file");
                }
                if (!any) {
                    return null;
                }
                values.add(value.toString());
                return new Row(values, quoted, malformed);
            }
            any = true;
            if (inQuotes) {
                if (c == '"') {
                    inQuotes = false;
                    afterQuote = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    value.append((char) c);
                }
                continue;
            }
            if (c == '"') {
                if (afterQuote) {
                    value.append('"'); // a doubled quote inside a quoted value
                    inQuotes = true;
                    afterQuote = false;
                } else if (value.isEmpty()) {
                    inQuotes = true;
                    quoted = true;
                } else if (malformed == null) {
                    malformed = "a quote inside an unquoted value; quote the whole value and double the quote";
                }
            } else if (c == ',') {
                values.add(value.toString());
                value.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    skipLineFeed();
                }
                line++;
                values.add(value.toString());
                return new Row(values, quoted, malformed);
            } else if (afterQuote) {
                if (malformed == null) {
                    malformed = "text after the closing quote of a value";
                }
            } else {
                value.append((char) c);
            }
        }
    }

    private void skipLineFeed() {
        try {
            in.mark(1);
            if (in.read() != '\n') {
                in.reset();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void skipByteOrderMark() {
        try {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int read() {
        try {
            return in.read();
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
