package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.application.accounts.port.out.ShopperAddressPort;
import org.mercato.application.common.ConflictException;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.common.InvalidInputException.FieldViolation;
import org.mercato.application.common.NotFoundException;
import org.mercato.application.common.Violations;
import org.mercato.application.ordering.port.in.ReadCartLinesUseCase;
import org.mercato.application.ordering.port.in.PlaceOrderUseCase.AddressInput;
import org.mercato.application.ordering.port.in.PlaceOrderUseCase.PlaceOrderCommand;
import org.mercato.application.ordering.port.in.PlaceOrderUseCase.Placement;
import org.mercato.application.ordering.port.in.PlaceOrderUseCase.RequestedLine;
import org.mercato.application.ordering.port.out.OrderIdempotencyKeys;
import org.mercato.application.ordering.port.out.OrderStore;
import org.mercato.application.ordering.port.out.OrderableSkusPort;
import org.mercato.application.ordering.port.out.OrderableSkusPort.OrderableSku;
import org.mercato.domain.accounts.ShippingAddress;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.ordering.DeliveryAddress;
import org.mercato.domain.ordering.Order;
import org.mercato.domain.ordering.OrderId;
import org.mercato.domain.ordering.OrderLine;
import org.mercato.domain.ordering.OrderRuleViolation;
import org.mercato.domain.shared.Ids;
import org.mercato.domain.shared.Money;

/**
 * The part of a placement that needs no lock: the Idempotency-Key check (a used key answers its first
 * order again), validation, pricing at the current prices, the address snapshot and the
 * {@code expectedTotal} check. What it prepares is written, with the stock reservation, by
 * {@link PlacementGroupCommit} in one transaction.
 *
 * <p>It only reads, but in a transaction of its own: its reads then share one connection and one
 * persistence context instead of taking one each (a measurable part of a placement's CPU).
 */
@ApplicationScoped
@Transactional
public class OrderPlacementPreparation {

    private OrderStore orders;
    private OrderableSkusPort catalog;
    private OrderIdempotencyKeys keys;
    private ShopperAddressPort addresses;
    private ReadCartLinesUseCase cart;
    private Clock clock;
    private Duration paymentWindow;

    protected OrderPlacementPreparation() {
        // for CDI client proxies
    }

    @Inject
    public OrderPlacementPreparation(OrderStore orders, OrderableSkusPort catalog, OrderIdempotencyKeys keys, ShopperAddressPort addresses,
            ReadCartLinesUseCase cart, Clock clock,
            @ConfigProperty(name = "mercato.order.payment-window", defaultValue = "PT30M") Duration paymentWindow) {
        this.orders = orders;
        this.catalog = catalog;
        this.keys = keys;
        this.addresses = addresses;
        this.cart = cart;
        this.clock = clock;
        this.paymentWindow = paymentWindow;
    }

    /** Either the replay of the key's first order, or a new order ready to be committed. */
    public sealed interface Prepared permits Replay, PendingPlacement {
    }

    public record Replay(Placement placement) implements Prepared {
    }

    public Prepared prepare(PlaceOrderCommand command, String fingerprint) {
        UUID account = command.accountId();
        Optional<OrderIdempotencyKeys.StoredKey> earlier = keys.find(account, command.idempotencyKey());
        if (earlier.isPresent()) {
            return new Replay(replay(command, fingerprint, earlier.get()));
        }
        List<RequestedLine> requested = requestedLines(command);
        Map<SkuCode, OrderableSku> skus = catalog.find(requested.stream().map(l -> new SkuCode(l.sku())).toList());
        List<OrderLine> lines = orderLines(requested, skus);
        DeliveryAddress address = deliveryAddress(command);
        // The database keeps microseconds; the first answer must equal every replay of it.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Order order = place(account, lines, address, now);
        command.expectedTotal().ifPresent(expected -> requireTotal(expected, order.total()));
        return new PendingPlacement(order, order.placement("shopper:" + account),
                new OrderIdempotencyKeys.NewKey(account, command.idempotencyKey(), fingerprint, order.id(), now),
                command.items().isEmpty());
    }

    /** The first answer again: the order as it was placed, whatever happened to it since. */
    private Placement replay(PlaceOrderCommand command, String fingerprint, OrderIdempotencyKeys.StoredKey earlier) {
        if (!earlier.requestHash().equals(fingerprint)) {
            throw new InvalidInputException(List.of(new FieldViolation("Idempotency-Key",
                    "was already used for a different request; use a new key for a new order")));
        }
        Order placed = orders.findOwn(command.accountId(), earlier.order())
                .orElseThrow(() -> new IllegalStateException("idempotency key without its order " + earlier.order()));
        Order asPlaced = Order.place(placed.id(), placed.accountId(), placed.lines(), placed.deliveryAddress(), placed.placedAt(),
                Duration.between(placed.placedAt(), placed.expiresAt()));
        return new Placement(OrderViews.of(asPlaced, List.of(asPlaced.placement("shopper:" + placed.accountId())), placed.placedAt()), true);
    }

    private Order place(UUID account, List<OrderLine> lines, DeliveryAddress address, Instant now) {
        try {
            return Order.place(OrderId.random(), account, lines, address, now, paymentWindow);
        } catch (OrderRuleViolation e) {
            throw new InvalidInputException(List.of(new FieldViolation(e.field(), e.getMessage())));
        }
    }

    private List<RequestedLine> requestedLines(PlaceOrderCommand command) {
        List<RequestedLine> requested = command.items().orElseGet(() -> cart.cartLines(command.accountId()).stream()
                .map(l -> new RequestedLine(l.sku().value(), l.quantity())).toList());
        if (command.items().isEmpty() && requested.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldViolation("items", "your cart is empty; add items or list them here")));
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (requested.isEmpty()) {
            violations.add(new FieldViolation("items", "an order needs at least one line"));
        } else if (requested.size() > Order.MAX_LINES) {
            violations.add(new FieldViolation("items", "an order has at most " + Order.MAX_LINES + " lines"));
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            RequestedLine line = requested.get(i);
            String field = "items[" + i + "]";
            if (line == null) {
                violations.add(new FieldViolation(field, "must be an object with sku and quantity"));
                continue;
            }
            if (!SkuCode.isValid(line.sku())) {
                violations.add(new FieldViolation(field + ".sku", "must be a SKU code"));
            } else if (firstIndex.putIfAbsent(line.sku(), i) != null) {
                violations.add(new FieldViolation(field + ".sku", "is listed twice; give each SKU once with its quantity"));
            }
            if (line.quantity() == null || line.quantity() < OrderLine.MIN_QUANTITY || line.quantity() > OrderLine.MAX_QUANTITY) {
                violations.add(new FieldViolation(field + ".quantity", "must be " + OrderLine.MIN_QUANTITY + " to " + OrderLine.MAX_QUANTITY));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return requested;
    }

    private static List<OrderLine> orderLines(List<RequestedLine> requested, Map<SkuCode, OrderableSku> skus) {
        List<FieldViolation> unknown = new ArrayList<>();
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            RequestedLine r = requested.get(i);
            OrderableSku sku = skus.get(new SkuCode(r.sku()));
            if (sku == null) {
                unknown.add(new FieldViolation("items[" + i + "].sku", "there is no SKU " + r.sku()));
                continue;
            }
            lines.add(new OrderLine(sku.sku(), sku.product(), sku.productName(), sku.size(), sku.firmness(), sku.heightCm(),
                    r.quantity(), sku.price()));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return lines;
    }

    private DeliveryAddress deliveryAddress(PlaceOrderCommand command) {
        UUID account = command.accountId();
        ShopperAddressPort.Addressee addressee = addresses.addressee(account)
                .orElseThrow(() -> new NotFoundException("account", "this account no longer exists"));
        String recipient = addressee.name();
        if (command.shippingAddressId().isPresent()) {
            Optional<ShippingAddress> saved = Ids.parse(command.shippingAddressId().get()).flatMap(id -> addresses.find(account, id));
            return saved.map(a -> snapshot(recipient, a)).orElseThrow(() -> new InvalidInputException(List.of(
                    new FieldViolation("shippingAddressId", "is not one of your addresses"))));
        }
        if (command.shippingAddress().isPresent()) {
            return inline(recipient, command.shippingAddress().get());
        }
        return addressee.defaultAddress().map(a -> snapshot(recipient, a))
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldViolation("shippingAddressId",
                        "give shippingAddressId or shippingAddress; you have no default address"))));
    }

    private static DeliveryAddress snapshot(String recipient, ShippingAddress a) {
        return new DeliveryAddress(recipient, a.line1(), a.line2(), a.city(), a.postalCode(), a.country());
    }

    /** An address given with the order: the address book's rules (AddressCommand), plus an optional recipient. */
    private static DeliveryAddress inline(String accountName, AddressInput a) {
        new Violations()
                .check(present(a.line1(), 200), "shippingAddress.line1", "is required and at most 200 characters")
                .check(a.line2() == null || a.line2().length() <= 200, "shippingAddress.line2", "must be at most 200 characters")
                .check(present(a.city(), 120), "shippingAddress.city", "is required and at most 120 characters")
                .check(ShippingAddress.isPostalCode(a.postalCode()), "shippingAddress.postalCode",
                        "is required: 2 to 12 letters, digits, spaces or '-'")
                .check(ShippingAddress.isCountry(a.country()), "shippingAddress.country", "must be an ISO 3166 alpha-2 code such as DE")
                .check(a.recipient() == null || present(a.recipient(), 200), "shippingAddress.recipient", "must be 1 to 200 characters")
                .throwIfAny();
        return new DeliveryAddress(a.recipient() != null ? a.recipient().strip() : accountName, a.line1().strip(),
                a.line2() == null || a.line2().isBlank() ? null : a.line2().strip(), a.city().strip(), a.postalCode().strip(), a.country());
    }

    private static boolean present(String text, int max) {
        return text != null && !text.isBlank() && text.length() <= max;
    }

    private static void requireTotal(Money expected, Money total) {
        if (!expected.equals(total)) {
            throw new ConflictException("price-changed", "The order comes to %d %s now, not the expected %d %s; check the cart and confirm again."
                    .formatted(total.amount(), total.currency(), expected.amount(), expected.currency()));
        }
    }
}
