package org.mercato.domain.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mercato.domain.ordering.ActorKind.COURIER;
import static org.mercato.domain.ordering.ActorKind.SHOPPER;
import static org.mercato.domain.ordering.ActorKind.STAFF;
import static org.mercato.domain.ordering.ActorKind.SYSTEM;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

/**
 * SPEC decision 5 (R41–R56): every (status, action, actor) triple of the machine, allowed or refused,
 * checked against the expected table written out independently below.
 */
class OrderStateMachineTest {

    static final Instant PLACED = Instant.parse("2026-11-22T10:00:00Z");
    static final Instant BEFORE_EXPIRY = PLACED.plus(Duration.ofMinutes(10));
    static final Instant AFTER_EXPIRY = PLACED.plus(Duration.ofMinutes(31));

    /** The expected machine: "from action actors -> to", written as the specification reads. */
    static final List<String> EXPECTED = List.of(
            "PENDING_PAYMENT PAY SHOPPER -> PENDING_PAYMENT",
            "PENDING_PAYMENT CONFIRM_PAYMENT SYSTEM -> PAID",
            "PENDING_PAYMENT FAIL_PAYMENT SYSTEM -> PAYMENT_FAILED",
            "PENDING_PAYMENT CANCEL SHOPPER,STAFF -> CANCELLED",
            "PAYMENT_FAILED PAY SHOPPER -> PAYMENT_FAILED",
            "PAYMENT_FAILED CONFIRM_PAYMENT SYSTEM -> PAID",
            "PAYMENT_FAILED CANCEL SHOPPER,STAFF -> CANCELLED",
            "PAID ACCEPT STAFF -> ACCEPTED",
            "PAID CANCEL SHOPPER,STAFF -> CANCELLED",
            "ACCEPTED START_PICKING STAFF -> PICKING",
            "ACCEPTED CANCEL SHOPPER,STAFF -> CANCELLED",
            "PICKING PACK STAFF -> PACKED",
            "PICKING CANCEL SHOPPER,STAFF -> CANCELLED",
            "PACKED MARK_READY STAFF -> READY_FOR_DISPATCH",
            "PACKED CANCEL SHOPPER,STAFF -> CANCELLED",
            "READY_FOR_DISPATCH DISPATCH STAFF,COURIER -> OUT_FOR_DELIVERY",
            "READY_FOR_DISPATCH CANCEL SHOPPER,STAFF -> CANCELLED",
            "OUT_FOR_DELIVERY DELIVER COURIER -> DELIVERED",
            "OUT_FOR_DELIVERY FAIL_DELIVERY COURIER -> DELIVERY_FAILED",
            "OUT_FOR_DELIVERY CANCEL STAFF -> CANCELLED",
            "DELIVERY_FAILED DISPATCH STAFF,COURIER -> OUT_FOR_DELIVERY",
            "DELIVERY_FAILED RETURN STAFF,COURIER -> RETURNED",
            "RETURNED REFUND STAFF,SYSTEM -> REFUNDED",
            "DELIVERED REFUND STAFF,SYSTEM -> REFUNDED",
            "CANCELLED REFUND STAFF,SYSTEM -> REFUNDED");
    // EXPIRE (SYSTEM, only after expiresAt) is checked separately: it depends on time.

    static Stream<Arguments> everyTriple() {
        List<Arguments> all = new ArrayList<>();
        for (OrderStatus status : OrderStatus.values()) {
            for (OrderAction action : OrderAction.values()) {
                if (action == OrderAction.PLACE || action == OrderAction.EXPIRE) {
                    continue;
                }
                for (ActorKind actor : ActorKind.values()) {
                    all.add(Arguments.of(status, action, actor));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{2} {1} on {0}")
    @MethodSource("everyTriple")
    void every_transition_is_allowed_exactly_as_specified(OrderStatus status, OrderAction action, ActorKind actor) {
        String expected = EXPECTED.stream()
                .filter(line -> line.startsWith(status + " " + action + " "))
                .filter(line -> Set.of(line.split(" ")[2].split(",")).contains(actor.name()))
                .map(line -> line.substring(line.indexOf("-> ") + 3))
                .findFirst().orElse(null);
        Order order = orderIn(status, status == OrderStatus.CANCELLED ? PaymentStatus.REFUND_PENDING : null);

        if (expected == null) {
            assertThatThrownBy(() -> order.perform(action, actor, BEFORE_EXPIRY)).isInstanceOf(TransitionRefused.class);
            assertThat(order.status()).isEqualTo(status);
            assertThat(order.allowedActions(actor, BEFORE_EXPIRY)).doesNotContain(action);
        } else {
            assertThat(order.allowedActions(actor, BEFORE_EXPIRY)).contains(action);
            Transition taken = order.perform(action, actor, BEFORE_EXPIRY);
            assertThat(order.status()).hasToString(expected);
            assertThat(taken.from()).isEqualTo(status);
        }
    }

    @Test
    void the_table_holds_nothing_beyond_the_expected_machine_and_expiry() {
        long expectedPairs = EXPECTED.stream().mapToLong(line -> line.split(" ")[2].split(",").length).sum();
        long tablePairs = OrderTransitions.all().stream()
                .filter(t -> t.action() != OrderAction.EXPIRE)
                .mapToLong(t -> t.actors().size()).sum();
        assertThat(tablePairs).isEqualTo(expectedPairs);
        assertThat(OrderTransitions.terminal()).containsExactlyInAnyOrder(OrderStatus.EXPIRED, OrderStatus.REFUNDED);
    }

    @Test
    void expiry_needs_the_payment_window_to_have_passed_and_the_system_to_do_it() {
        Order order = orderIn(OrderStatus.PENDING_PAYMENT, null);
        assertThatThrownBy(() -> order.perform(OrderAction.EXPIRE, SYSTEM, BEFORE_EXPIRY)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> order.perform(OrderAction.EXPIRE, SHOPPER, AFTER_EXPIRY)).isInstanceOf(TransitionRefused.class);

        Transition expired = order.perform(OrderAction.EXPIRE, SYSTEM, AFTER_EXPIRY);

        assertThat(order.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.VOIDED);
        assertThat(order.fulfillmentStatus()).isEqualTo(FulfillmentStatus.CANCELLED);
        assertThat(expired.releasesReservation()).isTrue();
        assertThat(order.allowedActions(SHOPPER, AFTER_EXPIRY)).isEmpty();
    }

    @Test
    void a_failed_payment_also_expires() {
        Order order = orderIn(OrderStatus.PAYMENT_FAILED, null);
        order.perform(OrderAction.EXPIRE, SYSTEM, AFTER_EXPIRY);
        assertThat(order.status()).isEqualTo(OrderStatus.EXPIRED);
    }

    @Test
    void an_expired_order_can_never_be_paid_even_before_the_sweeper_reaches_it() {
        Order order = orderIn(OrderStatus.PENDING_PAYMENT, null);

        assertThat(order.isExpiredAt(AFTER_EXPIRY)).isTrue();
        assertThat(order.allowedActions(SHOPPER, AFTER_EXPIRY)).isEmpty();
        assertThat(order.allowedActions(SYSTEM, AFTER_EXPIRY)).contains(OrderAction.EXPIRE).doesNotContain(OrderAction.CONFIRM_PAYMENT);
        assertThatThrownBy(() -> order.perform(OrderAction.PAY, SHOPPER, AFTER_EXPIRY))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("can no longer be paid");
        assertThatThrownBy(() -> order.perform(OrderAction.CONFIRM_PAYMENT, SYSTEM, AFTER_EXPIRY))
                .isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> order.perform(OrderAction.CANCEL, SHOPPER, AFTER_EXPIRY))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("expired");
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    }

    @Test
    void the_payment_window_ends_exactly_at_expires_at() {
        Order order = orderIn(OrderStatus.PENDING_PAYMENT, null);
        Instant expiresAt = order.expiresAt();
        assertThat(order.isExpiredAt(expiresAt.minusMillis(1))).isFalse();
        assertThat(order.isExpiredAt(expiresAt)).isTrue();
    }

    @Test
    void a_paid_order_does_not_expire() {
        Order order = orderIn(OrderStatus.PAID, null);
        assertThat(order.isExpiredAt(AFTER_EXPIRY)).isFalse();
        assertThatThrownBy(() -> order.perform(OrderAction.EXPIRE, SYSTEM, AFTER_EXPIRY)).isInstanceOf(TransitionRefused.class);
        assertThat(order.allowedActions(SHOPPER, AFTER_EXPIRY)).containsExactly(OrderAction.CANCEL);
    }

    @Test
    void cancelling_an_unpaid_order_voids_it_and_gives_the_stock_back() {
        Order order = orderIn(OrderStatus.PENDING_PAYMENT, null);
        Transition cancelled = order.perform(OrderAction.CANCEL, SHOPPER, BEFORE_EXPIRY);
        assertThat(cancelled.releasesReservation()).isTrue();
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.VOIDED);
        assertThat(order.fulfillmentStatus()).isEqualTo(FulfillmentStatus.CANCELLED);
    }

    @Test
    void cancelling_a_paid_order_makes_a_refund_due() {
        Order order = orderIn(OrderStatus.PAID, null);
        order.perform(OrderAction.CANCEL, SHOPPER, BEFORE_EXPIRY);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REFUND_PENDING);
        assertThat(order.allowedActions(STAFF, BEFORE_EXPIRY)).containsExactly(OrderAction.REFUND);
    }

    @Test
    void a_second_cancel_is_refused() {
        Order order = orderIn(OrderStatus.PENDING_PAYMENT, null);
        order.perform(OrderAction.CANCEL, SHOPPER, BEFORE_EXPIRY);
        assertThatThrownBy(() -> order.perform(OrderAction.CANCEL, SHOPPER, BEFORE_EXPIRY))
                .isInstanceOf(TransitionRefused.class).hasMessage("an order that is cancelled cannot be cancelled");
    }

    @Test
    void an_unpaid_cancelled_order_has_nothing_to_refund() {
        Order order = orderIn(OrderStatus.PENDING_PAYMENT, null);
        order.perform(OrderAction.CANCEL, STAFF, BEFORE_EXPIRY);
        assertThatThrownBy(() -> order.perform(OrderAction.REFUND, STAFF, BEFORE_EXPIRY))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("never paid");
    }

    @Test
    void once_on_the_road_only_staff_can_cancel_and_no_stock_is_released() {
        Order order = orderIn(OrderStatus.OUT_FOR_DELIVERY, null);
        assertThat(order.allowedActions(SHOPPER, BEFORE_EXPIRY)).isEmpty();
        assertThat(order.allowedActions(COURIER, BEFORE_EXPIRY)).containsExactly(OrderAction.DELIVER, OrderAction.FAIL_DELIVERY);
        assertThat(order.perform(OrderAction.CANCEL, STAFF, BEFORE_EXPIRY).releasesReservation()).isFalse();
    }

    @Test
    void a_new_order_awaits_payment_for_the_window_and_records_its_placement() {
        Order order = placed(Duration.ofMinutes(30));
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.AWAITING_PAYMENT);
        assertThat(order.fulfillmentStatus()).isEqualTo(FulfillmentStatus.UNFULFILLED);
        assertThat(order.expiresAt()).isEqualTo(PLACED.plus(Duration.ofMinutes(30)));
        assertThat(order.allowedActions(SHOPPER, BEFORE_EXPIRY)).containsExactly(OrderAction.PAY, OrderAction.CANCEL);
        StatusChange first = order.placement("shopper:x");
        assertThat(first.from()).isNull();
        assertThat(first.to()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.total()).isEqualTo(Money.of(2 * 49_900 + 19_900, "EUR"));
        assertThat(order.placedEvent().lines()).hasSize(2);
    }

    static Order placed(Duration window) {
        return Order.place(OrderId.random(), UUID.randomUUID(), List.of(
                        line("DOR-0001-160x200-M-18", 2, 49_900), line("DOR-0002-90x200-F-20", 1, 19_900)),
                new DeliveryAddress("Ana", "Main St 1", null, "Berlin", "10115", "DE"), PLACED, window);
    }

    static Order orderIn(OrderStatus status, PaymentStatus payment) {
        Order fresh = placed(Duration.ofMinutes(30));
        return new Order(fresh.id(), fresh.accountId(), fresh.lines(), fresh.deliveryAddress(), fresh.placedAt(), fresh.expiresAt(),
                status, payment != null ? payment : PaymentStatus.AWAITING_PAYMENT, FulfillmentStatus.UNFULFILLED);
    }

    static OrderLine line(String sku, int quantity, long price) {
        return new OrderLine(new SkuCode(sku), new ProductId(UUID.nameUUIDFromBytes(sku.getBytes())), "Dormio", "160x200", "MEDIUM", 18,
                quantity, Money.of(price, "EUR"));
    }

    @Test
    void every_status_is_reachable_from_pending_payment() {
        EnumSet<OrderStatus> reached = EnumSet.of(OrderStatus.PENDING_PAYMENT);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Transition t : OrderTransitions.all()) {
                if (reached.contains(t.from()) && reached.add(t.to())) {
                    grew = true;
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(OrderStatus.values());
    }
}
