package org.mercato.adapters.in.rest.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.mercato.adapters.in.rest.support.RequestIds;

/** Builds problem-details responses; every exception mapper goes through here so they all look alike. */
@ApplicationScoped
public class Problems {

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
}
