package org.mercato.application.imports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.mercato.application.imports.port.in.ImportJob;
import org.mercato.application.imports.port.in.ImportJobId;
import org.mercato.application.imports.port.out.ImportJobStore;

/**
 * Writes a job's state, each time in a transaction of its own: progress must be visible while the job
 * runs, and must survive a line that fails.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportJobJournal {

    private ImportJobStore jobs;

    protected ImportJobJournal() {
        // for CDI client proxies
    }

    @Inject
    public ImportJobJournal(ImportJobStore jobs) {
        this.jobs = jobs;
    }

    public void add(ImportJob job) {
        jobs.add(job);
    }

    public Optional<ImportJob> find(ImportJobId id) {
        return jobs.find(id);
    }

    /** Saves status and counts and appends the new errors, numbered after the {@code storedErrors} before them. */
    public void save(ImportJob job, int storedErrors, List<ImportJob.LineError> newErrors) {
        jobs.update(job);
        if (!newErrors.isEmpty()) {
            jobs.appendErrors(job.id(), storedErrors, newErrors);
        }
    }
}
