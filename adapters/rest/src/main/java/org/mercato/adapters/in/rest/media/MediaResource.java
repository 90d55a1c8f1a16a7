package org.mercato.adapters.in.rest.media;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mercato.adapters.in.rest.problem.ProblemDetail;
import org.mercato.application.storage.port.in.GetPublicObjectUseCase;
import org.mercato.application.storage.port.in.PublicObject;

/**
 * Public media (product images) straight from the object store, at the URLs that product pages list when
 * no CDN is configured (ADR 0012). Every upload gets a new key, so an object never changes under its URL
 * and browsers and CDNs may keep it for a year. Only keys under {@code public/} can be reached.
 */
@Path("/media")
@PermitAll
@Tag(name = "Media", description = "Product images and other public objects")
public class MediaResource {

    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    @Inject
    GetPublicObjectUseCase publicObjects;

    @GET
    @Path("/{path:.+}")
    @Operation(summary = "A public object, such as a product image",
            description = "Paths are those of the image URLs in product pages. The answer may be cached for a year.")
    @APIResponse(responseCode = "200", description = "The object's bytes, with its media type and exact length",
            headers = {@Header(name = "Cache-Control", description = CACHE_FOREVER, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Length", schema = @Schema(type = SchemaType.INTEGER))},
            content = {@Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No public object at this path (also for a path that is no valid key)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "The object store is unavailable; retry after the given seconds",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE))
    public Response get(@Parameter(description = "The path below /media, such as products/{productId}/{imageId}.jpg")
            @PathParam("path") String path) {
        PublicObject object = find(path);
        StreamingOutput body = out -> {
            // Closed however the transfer ends: an S3 download holds a connection until then.
            try (PublicObject sent = object; InputStream in = sent.stream()) {
                in.transferTo(out);
            }
        };
        return headers(Response.ok(body, object.contentType()), object).build();
    }

    /** Headers only. Declared so that the object is closed at once: RESTEasy's implicit HEAD would leave it open. */
    @HEAD
    @Path("/{path:.+}")
    @Operation(summary = "The headers of a public object", hidden = true)
    public Response head(@PathParam("path") String path) {
        try (PublicObject object = find(path)) {
            return headers(Response.ok().type(object.contentType()), object).build();
        }
    }

    private PublicObject find(String path) {
        return publicObjects.getPublicObject(path)
                .orElseThrow(() -> new NotFoundException("There is no media at this address."));
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder response, PublicObject object) {
        return response
                .header(HttpHeaders.CONTENT_LENGTH, object.length())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER);
    }
}
