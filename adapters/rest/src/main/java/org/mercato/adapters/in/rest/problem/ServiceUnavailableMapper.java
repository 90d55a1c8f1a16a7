package org.mercato.adapters.in.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mercato.application.common.ServiceUnavailableException;

/**
 * A system behind Mercato (the object store) failed: 503 with {@code Retry-After}, the cause only in the
 * log under the request id. Not a 500: the request was fine and may succeed in a moment.
 */
@Provider
public class ServiceUnavailableMapper implements ExceptionMapper<ServiceUnavailableException> {

    private static final Logger LOG = Logger.getLogger(ServiceUnavailableMapper.class.getName());
    static final int RETRY_AFTER_SECONDS = 30;

    @Inject
    Problems problems;

    @Override
    public Response toResponse(ServiceUnavailableException exception) {
        LOG.log(Level.WARNING, "Service unavailable, request " + problems.requestId() + ": " + exception.getMessage(),
                exception.getCause());
        String detail = exception.getMessage();
        return Response.fromResponse(problems.response(503, "service-unavailable", "Service Unavailable",
                        Character.toUpperCase(detail.charAt(0)) + detail.substring(1) + "."))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }
}
