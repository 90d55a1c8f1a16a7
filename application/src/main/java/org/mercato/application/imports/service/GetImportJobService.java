package org.mercato.application.imports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.mercato.application.imports.port.in.GetImportJobUseCase;
import org.mercato.application.imports.port.in.ImportJob;
import org.mercato.application.imports.port.in.ImportJobId;
import org.mercato.application.imports.port.out.ImportJobStore;

@ApplicationScoped
@Transactional
public class GetImportJobService implements GetImportJobUseCase {

    private ImportJobStore jobs;

    protected GetImportJobService() {
        // for CDI client proxies
    }

    @Inject
    public GetImportJobService(ImportJobStore jobs) {
        this.jobs = jobs;
    }

    @Override
    public Optional<ImportJob> find(ImportJobId id) {
        return jobs.find(id);
    }
}
