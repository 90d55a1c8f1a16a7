package org.mercato.adapters.out.platform.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.mercato.application.imports.port.in.FeedFormat;
import org.mercato.application.imports.port.out.FeedRecordReader;

/** Reads feed files in UTF-8: CSV ({@link CsvFeedRecords}) or JSON lines ({@link JsonLinesFeedRecords}). */
@ApplicationScoped
public class FeedFileReader implements FeedRecordReader {

    @Override
    public FeedRecords open(FeedFormat format, InputStream content) {
        BufferedReader text = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 64 * 1024);
        return switch (format) {
            case CSV -> new CsvFeedRecords(text);
            case JSON_LINES -> new JsonLinesFeedRecords(text);
        };
    }
}
