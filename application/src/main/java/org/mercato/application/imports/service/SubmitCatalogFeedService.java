package org.mercato.application.imports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.common.InvalidInputException.FieldViolation;
import org.mercato.application.imports.port.in.FeedFormat;
import org.mercato.application.imports.port.in.ImportJob;
import org.mercato.application.imports.port.in.ImportJobId;
import org.mercato.application.imports.port.in.SubmitCatalogFeedUseCase;
import org.mercato.application.imports.port.out.BackgroundJobs;
import org.mercato.application.imports.port.out.FeedRecordReader;
import org.mercato.application.imports.port.out.FeedRecordReader.FeedRecords;
import org.mercato.application.imports.port.out.FeedRecordReader.MalformedFeedException;
import org.mercato.application.storage.port.out.ObjectContent;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.application.storage.port.out.ObjectStorage;

/**
 * Keeps an uploaded feed in the object store under {@code imports/catalog-feed/<job id>.<csv|jsonl>} (so
 * the job can outlive the request, and the feed stays available for a look afterwards), checks that a
 * feed's beginning is readable, records the QUEUED job and hands it to {@link BackgroundJobs}. Not
 * transactional: the job row must be committed before a background thread looks for it.
 */
@ApplicationScoped
public class SubmitCatalogFeedService implements SubmitCatalogFeedUseCase {

    static final String UPLOADS = IMPORTS_PREFIX + "catalog-feed/";

    private ObjectStorage storage;
    private FeedRecordReader reader;
    private ImportJobJournal journal;
    private BackgroundJobs background;
    private CatalogFeedJobRunner runner;
    private Clock clock;
    private String storageType;
    private Optional<String> bucket;

    protected SubmitCatalogFeedService() {
        // for CDI client proxies
    }

    @Inject
    public SubmitCatalogFeedService(ObjectStorage storage, FeedRecordReader reader, ImportJobJournal journal,
            BackgroundJobs background, CatalogFeedJobRunner runner, Clock clock,
            @ConfigProperty(name = "mercato.storage.type", defaultValue = "local") String storageType,
            @ConfigProperty(name = "mercato.storage.s3.bucket") Optional<String> bucket) {
        this.storage = storage;
        this.reader = reader;
        this.journal = journal;
        this.background = background;
        this.runner = runner;
        this.clock = clock;
        this.storageType = storageType;
        this.bucket = bucket;
    }

    @Override
    public ImportJob submitUpload(String submittedBy, FeedFormat format, long length, InputStream content) {
        ImportJobId id = new ImportJobId(UUID.randomUUID());
        ObjectKey key = new ObjectKey(UPLOADS + id + format.extension());
        storage.put(key, new ObjectContent(format.mediaType(), length, content));
        try {
            checkBeginning(key, format, "body");
        } catch (InvalidInputException e) {
            storage.delete(key);
            throw e;
        }
        return queue(id, submittedBy, key, format);
    }

    @Override
    public ImportJob submitStoredFeed(String submittedBy, String location) {
        ObjectKey key = keyOf(location);
        FeedFormat format = FeedFormat.ofFileName(key.name()).orElseThrow(() -> invalid("location",
                "the object's name must end in .csv, .jsonl or .ndjson, which says its format"));
        checkBeginning(key, format, "location");
        return queue(new ImportJobId(UUID.randomUUID()), submittedBy, key, format);
    }

    private ImportJob queue(ImportJobId id, String submittedBy, ObjectKey key, FeedFormat format) {
        ImportJob job = ImportJob.queued(id, submittedBy, key.value(), format, clock.instant());
        journal.add(job);
        background.submit(() -> runner.run(id));
        return job;
    }

    /** A feed whose first record cannot be read, or that has none, is no feed: no job is made for it. */
    private void checkBeginning(ObjectKey key, FeedFormat format, String field) {
        ObjectContent content = storage.get(key).orElseThrow(() -> invalid(field, "there is no object " + key));
        try (FeedRecords records = reader.open(format, content.stream())) {
            if (records.next() == null) {
                throw invalid(field, "the feed has no lines");
            }
        } catch (MalformedFeedException e) {
            throw invalid(field, e.getMessage());
        }
    }

    /**
     * {@code imports/...} is a key of Mercato's own store; {@code s3://<bucket>/imports/...} names the same
     * key in the configured S3 bucket, and only there: Mercato reads no other bucket, and with the local
     * store it has none. Keys outside {@code imports/} are refused so that a feed can never be used to read
     * private objects such as invoices.
     */
    ObjectKey keyOf(String location) {
        if (location == null || location.isBlank()) {
            throw invalid("location", "s3Uri or objectKey is required");
        }
        String key = location.strip();
        if (key.regionMatches(true, 0, "s3://", 0, 5)) {
            URI uri;
            try {
                uri = new URI(key);
            } catch (URISyntaxException e) {
                throw invalid("s3Uri", "must be s3://<bucket>/<key>");
            }
            if (!"s3".equals(storageType.strip().toLowerCase(Locale.ROOT)) || bucket.isEmpty()) {
                throw invalid("s3Uri", "this Mercato keeps its objects in a local directory, not in S3: send objectKey");
            }
            if (uri.getHost() == null || !uri.getHost().equals(bucket.get()) || uri.getRawPath() == null) {
                throw invalid("s3Uri", "Mercato reads feeds only from its own bucket, s3://" + bucket.get() + "/");
            }
            key = uri.getRawPath().startsWith("/") ? uri.getRawPath().substring(1) : uri.getRawPath();
        }
        if (!ObjectKey.isValid(key) || !key.startsWith(IMPORTS_PREFIX)) {
            throw invalid("location", "the key must be an object key under " + IMPORTS_PREFIX
                    + " (lower-case letters, digits, '.', '_', '-' and '/')");
        }
        return new ObjectKey(key);
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new FieldViolation(field, message)));
    }
}
