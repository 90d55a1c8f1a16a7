package org.mercato.adapters.in.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.mercato.application.ordering.port.in.InsufficientStockException;

/** 409 {@code insufficient-stock} with one error per short line: its SKU, what was requested and what is available. */
@Provider
public class InsufficientStockMapper implements ExceptionMapper<InsufficientStockException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(InsufficientStockException exception) {
        return problems.response(409, exception.type(), "Insufficient stock", exception.getMessage(),
                exception.lines().stream()
                        .map(l -> new ProblemDetail.FieldError(l.field(), "only " + l.available() + " available of " + l.requested() + " requested",
                                l.sku(), l.requested(), l.available()))
                        .toList());
    }
}
