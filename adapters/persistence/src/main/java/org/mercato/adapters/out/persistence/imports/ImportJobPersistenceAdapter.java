package org.mercato.adapters.out.persistence.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.mercato.application.imports.port.in.FeedFormat;
import org.mercato.application.imports.port.in.ImportJob;
import org.mercato.application.imports.port.in.ImportJob.Counts;
import org.mercato.application.imports.port.in.ImportJob.LineError;
import org.mercato.application.imports.port.in.ImportJobId;
import org.mercato.application.imports.port.out.ImportJobStore;

@ApplicationScoped
public class ImportJobPersistenceAdapter implements ImportJobStore {

    static final String CATALOG_FEED = "CATALOG_FEED";
    // Column widths of V6: a longer message is cut rather than failing the job's bookkeeping.
    private static final int MAX_FAILURE = 1000;
    private static final int MAX_MESSAGE = 400;
    private static final int MAX_FIELD = 60;

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Override
    public void add(ImportJob job) {
        ImportJobEntity entity = new ImportJobEntity();
        entity.id = job.id().value();
        entity.kind = CATALOG_FEED;
        entity.submittedBy = cut(job.submittedBy(), 120);
        entity.sourceKey = job.sourceKey();
        entity.sourceFormat = job.format().name();
        entity.submittedAt = job.submittedAt();
        write(job, entity);
        em.persist(entity);
    }

    @Override
    public Optional<ImportJob> find(ImportJobId id) {
        ImportJobEntity entity = em.find(ImportJobEntity.class, id.value());
        if (entity == null) {
            return Optional.empty();
        }
        List<LineError> errors = em.createQuery("""
                        select e from ImportJobErrorEntity e where e.id.jobId = :job order by e.id.seq""", ImportJobErrorEntity.class)
                .setParameter("job", id.value())
                .getResultStream()
                .map(e -> new LineError(e.lineNumber, e.field, e.message))
                .toList();
        return Optional.of(new ImportJob(id, ImportJob.Status.valueOf(entity.status), entity.submittedBy, entity.sourceKey,
                FeedFormat.valueOf(entity.sourceFormat),
                new Counts(entity.linesTotal, entity.linesProcessed, entity.linesCreated, entity.linesUpdated,
                        entity.linesUnchanged, entity.linesFailed),
                entity.failure, entity.submittedAt, entity.startedAt, entity.finishedAt, errors));
    }

    @Override
    public void update(ImportJob job) {
        ImportJobEntity entity = em.find(ImportJobEntity.class, job.id().value());
        if (entity == null) {
            throw new IllegalStateException("no import job " + job.id());
        }
        write(job, entity);
    }

    @Override
    public void appendErrors(ImportJobId id, int firstSequence, List<LineError> errors) {
        int seq = firstSequence;
        for (LineError error : errors) {
            ImportJobErrorEntity entity = new ImportJobErrorEntity();
            entity.id = new ImportJobErrorEntity.Key(id.value(), seq++);
            entity.lineNumber = error.line();
            entity.field = cut(error.field(), MAX_FIELD);
            entity.message = cut(error.message(), MAX_MESSAGE);
            em.persist(entity);
        }
    }

    private static void write(ImportJob job, ImportJobEntity entity) {
        entity.status = job.status().name();
        Counts c = job.counts();
        entity.linesTotal = c.total();
        entity.linesProcessed = c.processed();
        entity.linesCreated = c.created();
        entity.linesUpdated = c.updated();
        entity.linesUnchanged = c.unchanged();
        entity.linesFailed = c.failed();
        entity.failure = cut(job.failure(), MAX_FAILURE);
        entity.startedAt = job.startedAt();
        entity.finishedAt = job.finishedAt();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
