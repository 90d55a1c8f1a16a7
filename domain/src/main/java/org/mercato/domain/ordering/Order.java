package org.mercato.domain.ordering;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

/**
 * An order: what a shopper bought, at which prices, where it goes, and where it stands. Every change of
 * status goes through {@link #perform}, which consults {@link OrderTransitions} and adds the guards that
 * depend on time: an unpaid order past {@code expiresAt} can no longer be paid or cancelled by the
 * shopper, whether or not the expiry sweeper has reached it yet.
 */
public final class Order {

    /** The most lines one order may carry. */
    public static final int MAX_LINES = 50;

    private final OrderId id;
    private final UUID accountId;
    private final List<OrderLine> lines;
    private final DeliveryAddress deliveryAddress;
    private final Instant placedAt;
    private final Instant expiresAt;
    private OrderStatus status;
    private PaymentStatus paymentStatus;
    private FulfillmentStatus fulfillmentStatus;

    public Order(OrderId id, UUID accountId, List<OrderLine> lines, DeliveryAddress deliveryAddress, Instant placedAt,
            Instant expiresAt, OrderStatus status, PaymentStatus paymentStatus, FulfillmentStatus fulfillmentStatus) {
        this.id = Objects.requireNonNull(id, "id");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.lines = List.copyOf(lines);
        this.deliveryAddress = deliveryAddress;
        this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.status = Objects.requireNonNull(status, "status");
        this.paymentStatus = Objects.requireNonNull(paymentStatus, "paymentStatus");
        this.fulfillmentStatus = Objects.requireNonNull(fulfillmentStatus, "fulfillmentStatus");
    }

    /**
     * A new order awaiting payment until {@code placedAt + paymentWindow}. Lines must be 1 to
     * {@value #MAX_LINES}, each SKU once, all in one currency.
     */
    public static Order place(OrderId id, UUID accountId, List<OrderLine> lines, DeliveryAddress deliveryAddress,
            Instant placedAt, Duration paymentWindow) {
        requireLines(lines);
        if (paymentWindow.isNegative() || paymentWindow.isZero()) {
            throw new IllegalArgumentException("the payment window must be positive");
        }
        return new Order(id, accountId, lines, deliveryAddress, placedAt, placedAt.plus(paymentWindow),
                OrderStatus.PENDING_PAYMENT, PaymentStatus.AWAITING_PAYMENT, FulfillmentStatus.UNFULFILLED);
    }

    /** The rules any set of requested lines must keep, checked before anything is looked up. */
    public static void requireLines(List<OrderLine> lines) {
        if (lines.isEmpty()) {
            throw new OrderRuleViolation("items", "an order needs at least one line");
        }
        if (lines.size() > MAX_LINES) {
            throw new OrderRuleViolation("items", "an order has at most " + MAX_LINES + " lines");
        }
        Set<SkuCode> seen = new HashSet<>();
        Set<String> currencies = new LinkedHashSet<>();
        for (OrderLine line : lines) {
            if (!seen.add(line.sku())) {
                throw new OrderRuleViolation("items", line.sku() + " is listed twice; give each SKU once with its quantity");
            }
            currencies.add(line.unitPrice().currency());
        }
        if (currencies.size() > 1) {
            throw new OrderRuleViolation("items", "all lines of an order must be priced in one currency, not " + currencies);
        }
    }

    /** The history row of the placement itself. */
    public StatusChange placement(String actor) {
        return new StatusChange(id, null, OrderStatus.PENDING_PAYMENT, OrderAction.PLACE, actor, null, placedAt);
    }

    public OrderPlaced placedEvent() {
        return new OrderPlaced(UUID.randomUUID(), id, accountId, placedAt, expiresAt, total(),
                lines.stream().map(l -> new OrderPlaced.Line(l.sku().value(), l.quantity(), l.unitPrice())).toList());
    }

    /**
     * Moves the order by {@code action}, or throws {@link TransitionRefused} when the state machine or a
     * time guard does not allow it. Returns the transition taken; its history row is {@link #changeFor}.
     */
    public Transition perform(OrderAction action, ActorKind actor, Instant now) {
        Transition transition = OrderTransitions.find(status, action, actor)
                .orElseThrow(() -> new TransitionRefused(status, action, refusal(action, actor)));
        guard(transition, actor, now);
        status = transition.to();
        if (transition.payment() != null) {
            paymentStatus = transition.payment();
        }
        if (transition.fulfillment() != null) {
            fulfillmentStatus = transition.fulfillment();
        }
        return transition;
    }

    public StatusChange changeFor(Transition transition, String actor, String reason, Instant at) {
        return new StatusChange(id, transition.from(), transition.to(), transition.action(), actor, reason, at);
    }

    /** What {@code actor} may do with this order at {@code now}, in the order of the state machine table. */
    public List<OrderAction> allowedActions(ActorKind actor, Instant now) {
        List<OrderAction> allowed = new ArrayList<>();
        for (Transition t : OrderTransitions.from(status)) {
            if (t.actors().contains(actor) && guardFails(t, actor, now).isEmpty() && !allowed.contains(t.action())) {
                allowed.add(t.action());
            }
        }
        return allowed;
    }

    /** Unpaid and past its payment window: it only waits for the sweeper to give its stock back. */
    public boolean isExpiredAt(Instant now) {
        return status.awaitsPayment() && !now.isBefore(expiresAt);
    }

    public Money total() {
        Money total = Money.zero(lines.get(0).unitPrice().currency());
        for (OrderLine line : lines) {
            total = total.plus(line.lineTotal());
        }
        return total;
    }

    private void guard(Transition transition, ActorKind actor, Instant now) {
        Optional<String> failure = guardFails(transition, actor, now);
        if (failure.isPresent()) {
            throw new TransitionRefused(status, transition.action(), failure.get());
        }
    }

    private Optional<String> guardFails(Transition t, ActorKind actor, Instant now) {
        switch (t.action()) {
            case PAY, CONFIRM_PAYMENT:
                return isExpiredAt(now) ? Optional.of("the order expired at " + expiresAt + " and can no longer be paid") : Optional.empty();
            case EXPIRE:
                return isExpiredAt(now) ? Optional.empty() : Optional.of("the order may be paid until " + expiresAt);
            case CANCEL:
                return actor == ActorKind.SHOPPER && isExpiredAt(now)
                        ? Optional.of("the order expired at " + expiresAt + "; its stock is being released") : Optional.empty();
            case REFUND:
                return t.from() == OrderStatus.CANCELLED && paymentStatus != PaymentStatus.REFUND_PENDING
                        ? Optional.of("the order was never paid, so there is nothing to refund") : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private String refusal(OrderAction action, ActorKind actor) {
        boolean anyone = OrderTransitions.from(status).stream().anyMatch(t -> t.action() == action);
        return anyone ? "a " + actor.name().toLowerCase(java.util.Locale.ROOT) + " cannot " + words(action) + " an order that is " + words(status)
                : "an order that is " + words(status) + " cannot be " + pastTense(action);
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String pastTense(OrderAction action) {
        return switch (action) {
            case PAY -> "paid";
            case CANCEL -> "cancelled";
            case EXPIRE -> "expired";
            default -> "moved by " + words(action);
        };
    }

    public OrderId id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public DeliveryAddress deliveryAddress() {
        return deliveryAddress;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public OrderStatus status() {
        return status;
    }

    public PaymentStatus paymentStatus() {
        return paymentStatus;
    }

    public FulfillmentStatus fulfillmentStatus() {
        return fulfillmentStatus;
    }
}
