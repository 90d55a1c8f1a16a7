package org.mercato.application.imports.port.out;

import java.io.InputStream;
import org.mercato.application.imports.port.in.FeedFormat;

/**
 * Splits a feed file (UTF-8) into records of named fields. Field names are the catalog feed's columns
 * ({@code manufacturer}, {@code sku}, ..., {@code attribute.<name>}); a JSON line's {@code attributes}
 * object becomes {@code attribute.<name>} fields, and JSON numbers become their decimal text.
 */
@FunctionalInterface
public interface FeedRecordReader {

    /**
     * Opens the feed. Throws {@link MalformedFeedException} when the file's beginning shows it is not a
     * feed of this format (a CSV header without the required columns). The caller closes the records,
     * which closes the stream.
     */
    FeedRecords open(FeedFormat format, InputStream content);

    /** Records in file order; blank lines are skipped. */
    interface FeedRecords extends AutoCloseable {

        /** The next record, or null at the end of the file. */
        FeedRecord next();

        @Override
        void close();
    }

    /** The file as a whole is not a feed of the expected format. */
    class MalformedFeedException extends RuntimeException {
        public MalformedFeedException(String message) {
            super(message);
        }
    }
}
