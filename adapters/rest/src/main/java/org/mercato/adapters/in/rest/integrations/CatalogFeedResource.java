package org.mercato.adapters.in.rest.integrations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mercato.adapters.in.rest.support.BodyLimit;
import org.mercato.application.imports.port.in.FeedFormat;
import org.mercato.application.imports.port.in.ImportJob;
import org.mercato.application.imports.port.in.SubmitCatalogFeedUseCase;

/**
 * An integrator's catalog feed (API.md "Staff and integrators"): the file in the body, or the key of one
 * already in the object store. The import runs in the background; the answer is the job to poll.
 */
@Path("/integrations/catalog-feed")
@RolesAllowed("CATALOG_FEED")
@Tag(name = "Integrations")
public class CatalogFeedResource {

    static final String FEED_LIMIT = "mercato.feeds.max-body-bytes";
    static final long FEED_LIMIT_DEFAULT = 50L * 1024 * 1024;
    static final String JSON_LINES = "application/jsonl";
    static final String NDJSON = "application/x-ndjson";
    private static final String COLUMNS = "Columns (CSV header, JSON members; letter case ignored): manufacturer, "
            + "manufacturerCountry (ISO 3166, for a new manufacturer), category (slug), categoryName?, product (model name), "
            + "description and material (for a new product), sku, size (160x200), firmness (soft .. firm), height (cm), "
            + "price (decimal, such as 1299.00), currency (ISO 4217), attribute.<name>? (JSON: an attributes object).";

    @Inject
    SubmitCatalogFeedUseCase submitCatalogFeed;

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @BodyLimit(property = FEED_LIMIT, defaultBytes = FEED_LIMIT_DEFAULT)
    @Operation(summary = "Import a CSV catalog feed (one SKU a line) in the background. " + COLUMNS)
    @Parameter(name = "X-Api-Key", in = ParameterIn.HEADER, required = true, description = "An API key with scope CATALOG_FEED")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "202", description = "The QUEUED job; Location is the job to poll")
    @APIResponse(responseCode = "401", description = "No, an unknown or a revoked API key")
    @APIResponse(responseCode = "403", description = "The key lacks the CATALOG_FEED scope")
    @APIResponse(responseCode = "413", description = "Larger than mercato.feeds.max-body-bytes (50 MiB by default)")
    @APIResponse(responseCode = "415", description = "Not text/csv, application/jsonl, application/x-ndjson or application/json")
    @APIResponse(responseCode = "422", description = "Not a feed: empty, or a header without the required columns; no job is made")
    public Response submitCsv(InputStream body, @Context SecurityContext security, @Context UriInfo uri) {
        return upload(FeedFormat.CSV, body, security, uri);
    }

    @POST
    @Consumes({JSON_LINES, NDJSON})
    @Produces(MediaType.APPLICATION_JSON)
    @BodyLimit(property = FEED_LIMIT, defaultBytes = FEED_LIMIT_DEFAULT)
    @Operation(summary = "Import a JSON-lines catalog feed (one object, one SKU, a line) in the background. " + COLUMNS)
    @Parameter(name = "X-Api-Key", in = ParameterIn.HEADER, required = true, description = "An API key with scope CATALOG_FEED")
    @RequestBody(content = {@Content(mediaType = JSON_LINES, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = NDJSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "202", description = "The QUEUED job; Location is the job to poll")
    @APIResponse(responseCode = "413", description = "Larger than mercato.feeds.max-body-bytes (50 MiB by default)")
    @APIResponse(responseCode = "422", description = "Not a feed: empty, or a first line that is not a JSON object; no job is made")
    public Response submitJsonLines(InputStream body, @Context SecurityContext security, @Context UriInfo uri) {
        return upload(FeedFormat.JSON_LINES, body, security, uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a feed already in Mercato's object store, under imports/ and named .csv, .jsonl or .ndjson: "
            + "{\"objectKey\": \"imports/...\"} or {\"s3Uri\": \"s3://<Mercato's bucket>/imports/...\"}")
    @Parameter(name = "X-Api-Key", in = ParameterIn.HEADER, required = true, description = "An API key with scope CATALOG_FEED")
    @APIResponse(responseCode = "202", description = "The QUEUED job; Location is the job to poll")
    @APIResponse(responseCode = "400", description = "Not a JSON object")
    @APIResponse(responseCode = "422", description = "No such object, a key outside imports/, another bucket, or not a feed")
    public Response submitStored(StoredFeedJson body, @Context SecurityContext security, @Context UriInfo uri) {
        if (body == null) {
            throw new BadRequestException("A JSON object {s3Uri} or {objectKey} is required.");
        }
        ImportJob job = submitCatalogFeed.submitStoredFeed(security.getUserPrincipal().getName(),
                body.s3Uri() != null ? body.s3Uri() : body.objectKey());
        return accepted(job, uri);
    }

    /** The body is copied to a temporary file first, because the object store needs the exact length up front. */
    private Response upload(FeedFormat format, InputStream body, SecurityContext security, UriInfo uri) {
        java.nio.file.Path spool = null;
        try {
            spool = Files.createTempFile("mercato-feed-", format.extension());
            long length = Files.copy(body, spool, StandardCopyOption.REPLACE_EXISTING);
            try (InputStream content = Files.newInputStream(spool)) {
                return accepted(submitCatalogFeed.submitUpload(security.getUserPrincipal().getName(), format, length, content), uri);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(spool);
        }
    }

    private static void deleteQuietly(java.nio.file.Path spool) {
        if (spool != null) {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                spool.toFile().deleteOnExit();
            }
        }
    }

    private static Response accepted(ImportJob job, UriInfo uri) {
        return Response.accepted(new SubmittedJson(job.id().toString(), job.status().name()))
                .location(uri.getBaseUriBuilder().path("integrations/jobs").path(job.id().toString()).build())
                .build();
    }

    public record StoredFeedJson(String s3Uri, String objectKey) {
    }

    public record SubmittedJson(String jobId, String status) {
    }
}
