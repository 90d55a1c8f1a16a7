package org.mercato.adapters.in.rest.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is a stable URN per kind of problem
 * ({@code urn:mercato:problem:insufficient-stock}) that clients may switch on; {@code errors} lists
 * field-level violations; {@code requestId} matches the {@code X-Request-Id} response header.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "errors"})
public record ProblemDetail(
        String type, String title, int status, String detail, String instance, String requestId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:mercato:problem:";

    public static String type(String slug) {
        return TYPE_PREFIX + slug;
    }

    /** A field's violation; for a short order line also the SKU with what was requested and what is available. */
    @JsonbPropertyOrder({"field", "message", "sku", "requested", "available"})
    public record FieldError(String field, String message, String sku, Integer requested, Integer available) {

        public FieldError(String field, String message) {
            this(field, message, null, null, null);
        }
    }
}
