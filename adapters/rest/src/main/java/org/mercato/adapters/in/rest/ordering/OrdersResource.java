package org.mercato.adapters.in.rest.ordering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mercato.adapters.in.rest.problem.InvalidParametersException;
import org.mercato.adapters.in.rest.problem.ProblemDetail.FieldError;
import org.mercato.adapters.in.rest.support.CurrentShopper;
import org.mercato.adapters.in.rest.support.MoneyJson;
import org.mercato.adapters.in.rest.support.PageJson;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.common.InvalidInputException.FieldViolation;
import org.mercato.application.ordering.port.in.CancelMyOrderUseCase;
import org.mercato.application.ordering.port.in.GetMyOrderUseCase;
import org.mercato.application.ordering.port.in.ListMyOrdersUseCase;
import org.mercato.application.ordering.port.in.ListMyOrdersUseCase.OrderQuery;
import org.mercato.application.ordering.port.in.OrderView;
import org.mercato.application.ordering.port.in.PlaceOrderUseCase;
import org.mercato.application.ordering.port.in.PlaceOrderUseCase.AddressInput;
import org.mercato.application.ordering.port.in.PlaceOrderUseCase.PlaceOrderCommand;
import org.mercato.application.ordering.port.in.PlaceOrderUseCase.Placement;
import org.mercato.application.ordering.port.in.PlaceOrderUseCase.RequestedLine;
import org.mercato.domain.ordering.OrderStatus;
import org.mercato.domain.shared.Ids;
import org.mercato.domain.shared.Money;

/**
 * The signed-in shopper's orders (API.md "Orders"). Another shopper's order is not found (404), never
 * forbidden, so order ids cannot be probed.
 */
@Path("/orders")
@RolesAllowed("SHOPPER")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No, an invalid or an expired bearer token")
public class OrdersResource {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Context
    SecurityContext security;
    @Inject
    PlaceOrderUseCase placeOrder;
    @Inject
    GetMyOrderUseCase getOrder;
    @Inject
    ListMyOrdersUseCase listOrders;
    @Inject
    CancelMyOrderUseCase cancelOrder;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place an order: reserves the stock of every line or of none, and holds it until the payment window ends")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
            description = "Unique per order attempt; the same key and body answer the first order again (header Idempotent-Replayed: true)")
    @APIResponse(responseCode = "201", description = "The order, PENDING_PAYMENT until expiresAt")
    @APIResponse(responseCode = "200", description = "A replay: the order this key placed before")
    @APIResponse(responseCode = "400", description = "No Idempotency-Key, or malformed JSON")
    @APIResponse(responseCode = "409", description = "insufficient-stock (errors per SKU with requested and available) or price-changed")
    @APIResponse(responseCode = "422", description = "Unknown SKU, quantity outside 1..50, bad address, or the key reused for another request")
    @APIResponse(responseCode = "429", description = "Too many orders from this account")
    public Response place(@HeaderParam("Idempotency-Key") String idempotencyKey, PlaceOrderRequest body, @Context UriInfo uri) {
        if (idempotencyKey == null) {
            throw new BadRequestException("The Idempotency-Key header is required: a unique value per order attempt, such as a UUID.");
        }
        if (body == null) {
            throw new BadRequestException("A JSON body is required: {\"items\": [{\"sku\": ..., \"quantity\": ...}], \"shippingAddressId\": ...}.");
        }
        Placement placement = placeOrder.place(new PlaceOrderCommand(CurrentShopper.id(security), idempotencyKey,
                Optional.ofNullable(body.items()).map(items -> items.stream()
                        .map(i -> i == null ? null : new RequestedLine(i.sku(), i.quantity())).toList()),
                Optional.ofNullable(body.shippingAddressId()),
                Optional.ofNullable(body.shippingAddress()).map(a -> new AddressInput(a.recipient(), a.line1(), a.line2(), a.city(),
                        a.postalCode(), a.country())),
                Optional.ofNullable(body.paymentMethodId()),
                Optional.ofNullable(body.expectedTotal()).map(OrdersResource::money)));
        OrderJson order = OrderJson.of(placement.order());
        Response.ResponseBuilder answer = placement.replayed() ? Response.ok() : Response.status(Response.Status.CREATED);
        return answer.location(uri.getAbsolutePathBuilder().path(order.id()).build())
                .header(REPLAYED_HEADER, placement.replayed())
                .entity(order).build();
    }

    @GET
    @Operation(summary = "My orders, newest first, every status included")
    @APIResponse(responseCode = "200", description = "A page of orders")
    @APIResponse(responseCode = "400", description = "Malformed status, from, to, page or size")
    public PageJson<OrderJson.Summary> list(@QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        Optional<OrderStatus> statusFilter = parseStatus(status, errors);
        Optional<Instant> fromTime = parseTime("from", from, errors);
        Optional<Instant> toTime = parseTime("to", to, errors);
        int pageNumber = parseInt("page", page, 0, 0, Integer.MAX_VALUE / 100, errors);
        int pageSize = parseInt("size", size, 20, 1, 100, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        OrderView.Page orders = listOrders.orders(CurrentShopper.id(security), new OrderQuery(statusFilter, fromTime, toTime, pageNumber, pageSize));
        return new PageJson<>(orders.items().stream().map(OrderJson.Summary::of).toList(), orders.page(), orders.size(), orders.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my orders with its history and what I may do next")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "404", description = "No such order of mine")
    public OrderJson order(@PathParam("id") String id) {
        UUID orderId = Ids.parse(id).orElseThrow(() -> noOrder(id));
        return getOrder.order(CurrentShopper.id(security), orderId).map(OrderJson::of).orElseThrow(() -> noOrder(id));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel my order before dispatch; its stock is released (a refund starts if it was paid)")
    @APIResponse(responseCode = "200", description = "The cancelled order")
    @APIResponse(responseCode = "404", description = "No such order of mine")
    @APIResponse(responseCode = "409", description = "order-not-cancellable: already cancelled, expired, or dispatched")
    public OrderJson cancel(@PathParam("id") String id, CancelRequest body) {
        return cancel(id, body == null ? null : body.reason());
    }

    /** The same without a body: a cancel needs no reason. */
    @POST
    @Path("/{id}/cancel")
    @Operation(hidden = true)
    public OrderJson cancelWithoutBody(@PathParam("id") String id) {
        return cancel(id, (String) null);
    }

    private OrderJson cancel(String id, String reason) {
        UUID orderId = Ids.parse(id).orElseThrow(() -> noOrder(id));
        return OrderJson.of(cancelOrder.cancel(CurrentShopper.id(security), orderId, reason));
    }

    private static Money money(MoneyJson json) {
        try {
            return Money.of(json.amount(), json.currency());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(List.of(new FieldViolation("expectedTotal.currency", "must be an ISO 4217 code such as EUR")));
        }
    }

    private static Optional<OrderStatus> parseStatus(String status, List<FieldError> errors) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrderStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("status", "must be one of " + List.of(OrderStatus.values())));
            return Optional.empty();
        }
    }

    private static Optional<Instant> parseTime(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.trim()));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO-8601 UTC time such as 2026-11-22T10:00:00Z"));
            return Optional.empty();
        }
    }

    private static int parseInt(String name, String value, int fallback, int min, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
        return fallback;
    }

    private static NotFoundException noOrder(String id) {
        return new NotFoundException("You have no order " + id + ".");
    }

    public record PlaceOrderRequest(List<Item> items, String shippingAddressId, AddressRequest shippingAddress, String paymentMethodId,
            MoneyJson expectedTotal) {
    }

    public record Item(String sku, Integer quantity) {
    }

    public record AddressRequest(String recipient, String line1, String line2, String city, String postalCode, String country) {
    }

    public record CancelRequest(String reason) {
    }
}
