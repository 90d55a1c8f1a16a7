package org.mercato.application.imports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mercato.application.catalog.port.out.CatalogListCache;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.imports.port.in.ImportJob;
import org.mercato.application.imports.port.in.ImportJob.Counts;
import org.mercato.application.imports.port.in.ImportJob.LineError;
import org.mercato.application.imports.port.in.ImportJobId;
import org.mercato.application.imports.port.out.FeedRecord;
import org.mercato.application.imports.port.out.FeedRecordReader;
import org.mercato.application.imports.port.out.FeedRecordReader.FeedRecords;
import org.mercato.application.imports.port.out.FeedRecordReader.MalformedFeedException;
import org.mercato.application.storage.port.out.ObjectContent;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.application.storage.port.out.ObjectStorage;
import org.mercato.application.storage.port.out.ObjectStorageException;

/**
 * Runs a queued catalog-feed job on a background thread: counts the lines, then imports them one by one
 * (each in its own transaction, {@link CatalogFeedLineService}), saving progress every
 * {@value #PROGRESS_EVERY_LINES} lines or {@link #PROGRESS_EVERY}, and evicts the product pages and catalog
 * lists a line changed once its transaction has committed. Not transactional itself.
 */
@ApplicationScoped
public class CatalogFeedJobRunner {

    static final int PROGRESS_EVERY_LINES = 100;
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(CatalogFeedJobRunner.class.getName());

    private ImportJobJournal journal;
    private CatalogFeedLineService lines;
    private ObjectStorage storage;
    private FeedRecordReader reader;
    private ProductDetailCache productPages;
    private CatalogListCache catalogLists;
    private Clock clock;

    protected CatalogFeedJobRunner() {
        // for CDI client proxies
    }

    @Inject
    public CatalogFeedJobRunner(ImportJobJournal journal, CatalogFeedLineService lines, ObjectStorage storage,
            FeedRecordReader reader, ProductDetailCache productPages, CatalogListCache catalogLists, Clock clock) {
        this.journal = journal;
        this.lines = lines;
        this.storage = storage;
        this.reader = reader;
        this.productPages = productPages;
        this.catalogLists = catalogLists;
        this.clock = clock;
    }

    public void run(ImportJobId id) {
        Optional<ImportJob> queued = journal.find(id);
        if (queued.isEmpty() || queued.get().status() != ImportJob.Status.QUEUED) {
            return;
        }
        Progress progress = new Progress(queued.get().running(clock.instant()), queued.get().errors().size());
        progress.save();
        boolean catalogChanged = false;
        try {
            ObjectKey key = new ObjectKey(progress.job.sourceKey());
            int total = countRecords(key, progress.job);
            progress.job = progress.job.withCounts(new Counts(total, 0, 0, 0, 0, 0));
            progress.save();
            try (FeedRecords records = reader.open(progress.job.format(), open(key).stream())) {
                for (FeedRecord record = records.next(); record != null; record = records.next()) {
                    CatalogFeedLineService.Outcome outcome = apply(record);
                    if (outcome.product() != null) {
                        productPages.evict(outcome.product());
                    }
                    if (outcome.listsChanged()) {
                        catalogChanged = true;
                    }
                    progress.count(outcome);
                    if (progress.due()) {
                        if (catalogChanged) {
                            catalogLists.evictAll();
                        }
                        progress.save();
                    }
                }
            }
            if (catalogChanged) {
                catalogLists.evictAll();
            }
            progress.job = progress.job.finished(clock.instant());
            progress.save();
        } catch (MalformedFeedException | ObjectStorageException | IllegalStateException e) {
            fail(progress, catalogChanged, e.getMessage(), e);
        } catch (RuntimeException e) {
            fail(progress, catalogChanged, "the import stopped unexpectedly; the server log has the details", e);
        }
    }

    private void fail(Progress progress, boolean catalogChanged, String why, RuntimeException cause) {
        LOG.log(Level.WARNING, "catalog feed job " + progress.job.id() + " failed", cause);
        if (catalogChanged) {
            catalogLists.evictAll();
        }
        progress.job = progress.job.failed(why, clock.instant());
        progress.save();
    }

    private int countRecords(ObjectKey key, ImportJob job) {
        int total = 0;
        try (FeedRecords records = reader.open(job.format(), open(key).stream())) {
            while (records.next() != null) {
                total++;
            }
        }
        return total;
    }

    private ObjectContent open(ObjectKey key) {
        return storage.get(key).orElseThrow(() -> new IllegalStateException("the feed " + key + " is no longer in the object store"));
    }

    private CatalogFeedLineService.Outcome apply(FeedRecord record) {
        try {
            return lines.apply(record);
        } catch (CatalogFeedLineService.LineRefused e) {
            return CatalogFeedLineService.Outcome.failed(e.errors());
        } catch (RuntimeException e) {
            // A database refusal (a concurrent feed created the same SKU, a value the schema rejects): this line fails, the job goes on.
            LOG.log(Level.WARNING, "catalog feed line " + record.line() + " could not be stored", e);
            return CatalogFeedLineService.Outcome.failed(List.of(new LineError(record.line(), null,
                    "the line could not be stored; sending it again may succeed")));
        }
    }

    /** The job's counts and the errors not yet saved. */
    private final class Progress {
        ImportJob job;
        int storedErrors;
        final List<LineError> unsaved = new ArrayList<>();
        int sinceSave;
        Instant savedAt;

        Progress(ImportJob job, int storedErrors) {
            this.job = job;
            this.storedErrors = storedErrors;
        }

        void count(CatalogFeedLineService.Outcome outcome) {
            Counts c = job.counts();
            CatalogFeedLineService.Status s = outcome.status();
            job = job.withCounts(new Counts(c.total(), c.processed() + 1,
                    c.created() + (s == CatalogFeedLineService.Status.CREATED ? 1 : 0),
                    c.updated() + (s == CatalogFeedLineService.Status.UPDATED ? 1 : 0),
                    c.unchanged() + (s == CatalogFeedLineService.Status.UNCHANGED ? 1 : 0),
                    c.failed() + (s == CatalogFeedLineService.Status.FAILED ? 1 : 0)));
            for (LineError error : outcome.errors()) {
                if (storedErrors + unsaved.size() < ImportJob.MAX_STORED_ERRORS) {
                    unsaved.add(error);
                }
            }
            sinceSave++;
        }

        boolean due() {
            return sinceSave >= PROGRESS_EVERY_LINES || Duration.between(savedAt, clock.instant()).compareTo(PROGRESS_EVERY) >= 0;
        }

        void save() {
            journal.save(job, storedErrors, List.copyOf(unsaved));
            storedErrors += unsaved.size();
            unsaved.clear();
            sinceSave = 0;
            savedAt = clock.instant();
        }
    }
}
