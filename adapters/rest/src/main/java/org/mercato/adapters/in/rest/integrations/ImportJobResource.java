package org.mercato.adapters.in.rest.integrations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mercato.application.imports.port.in.GetImportJobUseCase;
import org.mercato.application.imports.port.in.ImportJob;
import org.mercato.application.imports.port.in.ImportJobId;
import org.mercato.domain.shared.Ids;

/**
 * Progress and errors of an import job. Any key with a feed scope may read any job: a key's principal is
 * only its name, which is not unique, so "the submitting key" could not be told apart reliably anyway.
 */
@Path("/integrations/jobs")
@RolesAllowed({"CATALOG_FEED", "STOCK_FEED"})
@Tag(name = "Integrations")
public class ImportJobResource {

    @Inject
    GetImportJobUseCase getImportJob;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An import job: status (QUEUED, RUNNING, SUCCEEDED, COMPLETED_WITH_ERRORS, FAILED), line counts "
            + "and the first 1000 line errors")
    @Parameter(name = "X-Api-Key", in = ParameterIn.HEADER, required = true, description = "An API key with scope CATALOG_FEED or STOCK_FEED")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "401", description = "No, an unknown or a revoked API key")
    @APIResponse(responseCode = "404", description = "No such job")
    public ImportJobJson job(@PathParam("id") String id) {
        return Ids.parse(id).map(ImportJobId::new).flatMap(getImportJob::find).map(ImportJobJson::of)
                .orElseThrow(() -> new NotFoundException("There is no import job " + id + "."));
    }

    public record ImportJobJson(String id, String kind, String status, String submittedBy, SourceJson source, CountsJson counts,
            List<ErrorJson> errors, boolean errorsTruncated, String failure, Instant submittedAt, Instant startedAt,
            Instant finishedAt) {
        static ImportJobJson of(ImportJob job) {
            ImportJob.Counts c = job.counts();
            return new ImportJobJson(job.id().toString(), "CATALOG_FEED", job.status().name(), job.submittedBy(),
                    new SourceJson(job.sourceKey(), job.format().name()),
                    new CountsJson(c.total(), c.processed(), c.created(), c.updated(), c.unchanged(), c.failed()),
                    job.errors().stream().map(e -> new ErrorJson(e.line(), e.field(), e.message())).toList(),
                    job.errors().size() >= ImportJob.MAX_STORED_ERRORS,
                    job.failure(), job.submittedAt(), job.startedAt(), job.finishedAt());
        }
    }

    public record SourceJson(String objectKey, String format) {
    }

    public record CountsJson(int total, int processed, int created, int updated, int unchanged, int failed) {
    }

    public record ErrorJson(int line, String field, String message) {
    }
}
