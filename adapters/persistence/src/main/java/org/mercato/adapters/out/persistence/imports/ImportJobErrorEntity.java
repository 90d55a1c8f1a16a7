package org.mercato.adapters.out.persistence.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "import_job_error")
public class ImportJobErrorEntity {

    @Embeddable
    public record Key(@Column(name = "job_id") UUID jobId, @Column(name = "seq") int seq) {
    }

    @EmbeddedId
    Key id;
    @Column(name = "line_number", nullable = false)
    int lineNumber;
    String field;
    @Column(nullable = false)
    String message;
}
