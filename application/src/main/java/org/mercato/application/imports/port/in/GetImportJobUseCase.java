package org.mercato.application.imports.port.in;

import java.util.Optional;

/** An import job with its progress and stored line errors, for any integrator with a feed scope. */
@FunctionalInterface
public interface GetImportJobUseCase {

    Optional<ImportJob> find(ImportJobId id);
}
