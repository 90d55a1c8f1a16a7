package org.mercato.adapters.out.persistence.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "import_job")
public class ImportJobEntity {
    @Id
    UUID id;
    @Column(nullable = false)
    String kind;
    @Column(nullable = false)
    String status;
    @Column(name = "submitted_by", nullable = false)
    String submittedBy;
    @Column(name = "source_key", nullable = false)
    String sourceKey;
    @Column(name = "source_format", nullable = false)
    String sourceFormat;
    @Column(name = "lines_total", nullable = false)
    int linesTotal;
    @Column(name = "lines_processed", nullable = false)
    int linesProcessed;
    @Column(name = "lines_created", nullable = false)
    int linesCreated;
    @Column(name = "lines_updated", nullable = false)
    int linesUpdated;
    @Column(name = "lines_unchanged", nullable = false)
    int linesUnchanged;
    @Column(name = "lines_failed", nullable = false)
    int linesFailed;
    String failure;
    @Column(name = "submitted_at", nullable = false)
    Instant submittedAt;
    @Column(name = "started_at")
    Instant startedAt;
    @Column(name = "finished_at")
    Instant finishedAt;
}
