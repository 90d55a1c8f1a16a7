package org.mercato.adapters.in.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Turns the HTTP failures JAX-RS raises itself (unknown path, wrong method or media type, oversized
 * body) and those resources raise into problem details, keeping status and headers such as {@code Allow}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, String> SLUGS = Map.of(
            400, "bad-request", 401, "unauthorized", 403, "forbidden", 404, "not-found",
            405, "method-not-allowed", 406, "not-acceptable", 409, "conflict", 413, "payload-too-large",
            415, "unsupported-media-type", 429, "too-many-requests");

    @Inject
    Problems problems;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        Response problem = problems.response(status, SLUGS.getOrDefault(status, "http-" + status), title, detail(exception));
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        original.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    // JAX-RS' own messages name Java classes; clients get plain words instead.
    private static String detail(WebApplicationException e) {
        if (e instanceof NotFoundException) {
            return e.getMessage() != null && !e.getMessage().startsWith("RESTEASY") && !e.getMessage().startsWith("HTTP")
                    ? e.getMessage() : "There is nothing at this address.";
        }
        if (e instanceof NotAllowedException) {
            return "This address does not support that method.";
        }
        if (e instanceof NotSupportedException) {
            return "The request body must be application/json.";
        }
        if (e instanceof NotAcceptableException) {
            return "This resource answers with application/json only.";
        }
        String message = e.getMessage();
        return message == null || message.startsWith("RESTEASY") || message.startsWith("HTTP ") ? null : message;
    }
}
