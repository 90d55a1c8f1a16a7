package org.mercato.application.imports.port.out;

import java.util.List;
import java.util.Optional;
import org.mercato.application.imports.port.in.ImportJob;
import org.mercato.application.imports.port.in.ImportJobId;

/** Import jobs with their stored line errors. */
public interface ImportJobStore {

    void add(ImportJob job);

    /** The job with the errors stored so far, in line order. */
    Optional<ImportJob> find(ImportJobId id);

    /** Writes status, counts, times and failure; errors are only ever appended. */
    void update(ImportJob job);

    /** Appends errors; {@code firstSequence} is the number of errors stored before them. */
    void appendErrors(ImportJobId id, int firstSequence, List<ImportJob.LineError> errors);
}
