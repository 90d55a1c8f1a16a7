package org.mercato.adapters.in.rest.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.mercato.adapters.in.rest.support.RequestIds;

/** Builds problem-details responses; every exception mapper goes through here so they all look alike. */
@ApplicationScoped
public class Problems {

    private static final Map<Integer, String> SLUGS = Map.of(
            400, "bad-request", 401, "unauthorized", 403, "forbidden", 404, "not-found",
            405, "method-not-allowed", 406, "not-acceptable", 409, "conflict", 413, "payload-too-large",
            415, "unsupported-media-type", 429, "too-many-requests");

    @Inject
    HttpServletRequest request;

    public Response response(int status, String slug, String title, String detail, List<ProblemDetail.FieldError> errors) {
        ProblemDetail problem = new ProblemDetail(ProblemDetail.type(slug), title, status, detail,
                request.getRequestURI(), requestId(), errors.isEmpty() ? null : errors);
        return Response.status(status).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
    }

    public Response response(int status, String slug, String title, String detail) {
        return response(status, slug, title, detail, List.of());
    }

    public String requestId() {
        Object id = request.getAttribute(RequestIds.PROPERTY);
        return id == null ? null : id.toString();
    }

    /** An HTTP failure as problem details, keeping its status and headers such as {@code Allow}. */
    public Response httpFailure(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        Response problem = response(status, SLUGS.getOrDefault(status, "http-" + status), title, detail(exception));
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
