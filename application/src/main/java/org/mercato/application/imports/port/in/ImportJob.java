package org.mercato.application.imports.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A background import of a feed and how far it got. {@code errors} holds at most {@link #MAX_STORED_ERRORS}
 * line errors; {@code counts.failed()} counts every failed line. {@code failure} says why a FAILED job
 * stopped as a whole.
 */
public record ImportJob(
        ImportJobId id,
        Status status,
        String submittedBy,
        String sourceKey,
        FeedFormat format,
        Counts counts,
        String failure,
        Instant submittedAt,
        Instant startedAt,
        Instant finishedAt,
        List<LineError> errors) {

    public static final int MAX_STORED_ERRORS = 1000;

    public enum Status {
        QUEUED, RUNNING, SUCCEEDED, COMPLETED_WITH_ERRORS, FAILED;

        public boolean isFinished() {
            return this == SUCCEEDED || this == COMPLETED_WITH_ERRORS || this == FAILED;
        }
    }

    /** Lines of the feed (header and blank lines not counted) and what became of them. */
    public record Counts(int total, int processed, int created, int updated, int unchanged, int failed) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);
    }

    /** {@code field} is the column or JSON member at fault, or null when the line as a whole is. */
    public record LineError(int line, String field, String message) {
    }

    public ImportJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
        errors = List.copyOf(errors == null ? List.of() : errors);
    }

    public static ImportJob queued(ImportJobId id, String submittedBy, String sourceKey, FeedFormat format, Instant at) {
        return new ImportJob(id, Status.QUEUED, submittedBy, sourceKey, format, Counts.NONE, null, at, null, null, List.of());
    }

    public ImportJob running(Instant at) {
        return new ImportJob(id, Status.RUNNING, submittedBy, sourceKey, format, counts, null, submittedAt, at, null, errors);
    }

    public ImportJob withCounts(Counts newCounts) {
        return new ImportJob(id, status, submittedBy, sourceKey, format, newCounts, failure, submittedAt, startedAt, finishedAt, errors);
    }

    public ImportJob finished(Instant at) {
        Status end = counts.failed() == 0 ? Status.SUCCEEDED : Status.COMPLETED_WITH_ERRORS;
        return new ImportJob(id, end, submittedBy, sourceKey, format, counts, null, submittedAt, startedAt, at, errors);
    }

    public ImportJob failed(String why, Instant at) {
        return new ImportJob(id, Status.FAILED, submittedBy, sourceKey, format, counts, why, submittedAt, startedAt, at, errors);
    }
}
