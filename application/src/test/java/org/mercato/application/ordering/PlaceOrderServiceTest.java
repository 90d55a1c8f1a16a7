package org.mercato.application.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mercato.application.accounts.port.out.ShopperAddressPort;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.application.catalog.port.out.AvailabilityOverlay;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.SoldOutSkuCache;
import org.mercato.application.common.ConflictException;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.ordering.port.in.CartLineQuantity;
import org.mercato.application.ordering.port.in.InsufficientStockException;
import org.mercato.application.ordering.port.in.ListMyOrdersUseCase.OrderQuery;
import org.mercato.application.ordering.port.in.OrderView;
import org.mercato.application.ordering.port.in.PlaceOrderUseCase.PlaceOrderCommand;
import org.mercato.application.ordering.port.in.PlaceOrderUseCase.Placement;
import org.mercato.application.ordering.port.in.PlaceOrderUseCase.RequestedLine;
import org.mercato.application.ordering.port.out.EventOutbox;
import org.mercato.application.ordering.port.out.OrderIdempotencyKeys;
import org.mercato.application.ordering.port.out.OrderStore;
import org.mercato.application.ordering.port.out.OrderableSkusPort;
import org.mercato.application.ordering.port.out.StockReservationPort;
import org.mercato.application.ordering.service.OrderPlacementBatch;
import org.mercato.application.ordering.service.OrderPlacementPreparation;
import org.mercato.application.ordering.service.PlaceOrderService;
import org.mercato.application.ordering.service.PlacementGroupCommit;
import org.mercato.domain.accounts.ShippingAddress;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.ordering.Order;
import org.mercato.domain.ordering.OrderEvent;
import org.mercato.domain.ordering.OrderId;
import org.mercato.domain.ordering.OrderPlaced;
import org.mercato.domain.ordering.StatusChange;
import org.mercato.domain.shared.Money;

/**
 * The placement use case with in-memory ports (R41–R48): stock is locked only after everything else is
 * written, a short line or a changed price writes nothing, and a key replays its first order.
 */
class PlaceOrderServiceTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00.123456789Z");
    static final UUID SHOPPER = UUID.randomUUID();
    static final SkuCode HOT = new SkuCode("DOR-0001-160x200-M-18");
    static final SkuCode COLD = new SkuCode("DOR-0002-90x200-F-24");

    final List<String> calls = new ArrayList<>();
    final Map<SkuCode, Integer> available = new HashMap<>(Map.of(HOT, 5, COLD, 1));
    final Map<OrderId, Order> orders = new HashMap<>();
    final Map<String, OrderIdempotencyKeys.StoredKey> keys = new HashMap<>();
    final List<OrderEvent> outbox = new ArrayList<>();
    final List<CartLineQuantity> cartLines = new ArrayList<>();
    final OrderPlacementBatch batch = new OrderPlacementBatch(new Orders(), new Reservations(), new Keys(), events -> {
        calls.add("outbox");
        outbox.addAll(events);
    }, (accountId, skus) -> {
        calls.add("clear-cart");
        cartLines.removeIf(l -> skus.contains(l.sku()));
    }, new Pages(), new SoldOut());
    final PlaceOrderService service = new PlaceOrderService((limit, key) -> calls.add("rate-limit"),
            new OrderPlacementPreparation(new Orders(), new Catalog(), new Keys(), new Addresses(), accountId -> cartLines,
                    Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(30)),
            new PlacementGroupCommit(batch, 64));

    @Test
    void the_order_is_written_before_the_stock_is_locked() {
        Placement placement = service.place(command("k1", line(HOT, 2)));

        assertThat(calls).containsExactly("rate-limit", "add", "reserve", "outbox", "key");
        OrderView order = placement.order();
        assertThat(placement.replayed()).isFalse();
        assertThat(order.total()).isEqualTo(Money.of(2 * 49_900, "EUR"));
        assertThat(order.expiresAt()).isEqualTo(order.placedAt().plus(Duration.ofMinutes(30)));
        assertThat(order.placedAt()).as("kept to the microsecond, as stored").isEqualTo(Instant.parse("2026-11-22T10:00:00.123456Z"));
        assertThat(order.shippingAddress().city()).isEqualTo("Berlin");
        assertThat(available.get(HOT)).isEqualTo(3);
        assertThat(outbox).singleElement().isInstanceOf(OrderPlaced.class);
    }

    @Test
    void a_short_line_is_reported_per_sku_with_the_field_it_came_from() {
        assertThatThrownBy(() -> service.place(command("k2", line(HOT, 1), line(COLD, 2))))
                .isInstanceOfSatisfying(InsufficientStockException.class, e -> {
                    assertThat(e.type()).isEqualTo("insufficient-stock");
                    assertThat(e.lines()).singleElement().satisfies(l -> {
                        assertThat(l.field()).isEqualTo("items[1]");
                        assertThat(l.sku()).isEqualTo(COLD.value());
                        assertThat(l.requested()).isEqualTo(2);
                        assertThat(l.available()).isEqualTo(1);
                    });
                });
        assertThat(available).containsEntry(HOT, 5).containsEntry(COLD, 1);
        assertThat(calls).endsWith("add", "reserve", "discard").doesNotContain("outbox", "key");
        assertThat(orders).isEmpty();
    }

    @Test
    void a_changed_price_is_a_conflict_before_anything_is_written() {
        PlaceOrderCommand expecting = new PlaceOrderCommand(SHOPPER, "k3", Optional.of(List.of(line(HOT, 1))), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(Money.of(40_000, "EUR")));
        assertThatThrownBy(() -> service.place(expecting)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.type()).isEqualTo("price-changed"));
        assertThat(calls).containsExactly("rate-limit");
    }

    @Test
    void the_same_key_replays_the_first_order_and_another_request_under_it_is_refused() {
        Placement first = service.place(command("k4", line(HOT, 1)));
        calls.clear();

        Placement replay = service.place(command("k4", line(HOT, 1)));

        assertThat(replay.replayed()).isTrue();
        assertThat(replay.order()).isEqualTo(first.order());
        assertThat(calls).as("nothing written, nothing reserved").containsExactly("rate-limit");
        assertThat(available.get(HOT)).isEqualTo(4);
        assertThatThrownBy(() -> service.place(command("k4", line(HOT, 2)))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void unknown_skus_bad_quantities_and_bad_keys_are_invalid_input() {
        assertThatThrownBy(() -> service.place(command("k5", line(new SkuCode("NOPE-0000"), 1)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.place(command("k5", line(HOT, 0)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.place(command("k5", line(HOT, 51)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.place(command("with space", line(HOT, 1)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.place(command("x".repeat(256), line(HOT, 1)))).isInstanceOf(InvalidInputException.class);
        assertThat(calls).doesNotContain("add", "reserve");
    }

    @Test
    void without_items_the_cart_is_ordered_and_its_ordered_lines_leave_it() {
        cartLines.add(new CartLineQuantity(HOT, 2));
        PlaceOrderCommand fromCart = new PlaceOrderCommand(SHOPPER, "k6", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        Placement placement = service.place(fromCart);

        assertThat(placement.order().lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(2));
        assertThat(calls).endsWith("add", "reserve", "outbox", "key", "clear-cart");
        assertThat(cartLines).isEmpty();
        assertThatThrownBy(() -> service.place(new PlaceOrderCommand(SHOPPER, "k7", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()))).isInstanceOf(InvalidInputException.class).hasMessageContaining("cart is empty");
    }

    static RequestedLine line(SkuCode sku, int quantity) {
        return new RequestedLine(sku.value(), quantity);
    }

    static PlaceOrderCommand command(String key, RequestedLine... lines) {
        return new PlaceOrderCommand(SHOPPER, key, Optional.of(List.of(lines)), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    final class Orders implements OrderStore {
        @Override
        public void add(List<Order> added, List<StatusChange> placements) {
            calls.add("add");
            added.forEach(order -> orders.put(order.id(), order));
        }

        @Override
        public void discard(List<Order> discarded) {
            calls.add("discard");
            discarded.forEach(order -> orders.remove(order.id()));
        }

        @Override
        public Optional<Order> lockOwn(UUID accountId, OrderId id) {
            return findOwn(accountId, id);
        }

        @Override
        public List<Order> lockDueForExpiry(Instant now, int limit) {
            return List.of();
        }

        @Override
        public void update(List<Order> updated, List<StatusChange> changes) {
        }

        @Override
        public Optional<Order> findOwn(UUID accountId, OrderId id) {
            return Optional.ofNullable(orders.get(id)).filter(o -> o.accountId().equals(accountId));
        }

        @Override
        public List<StatusChange> history(OrderId id) {
            return List.of();
        }

        @Override
        public OrderView.Page list(UUID accountId, OrderQuery query) {
            return new OrderView.Page(List.of(), 0, 20, 0);
        }

        @Override
        public long countDueForExpiry(Instant now) {
            return 0;
        }
    }

    final class Reservations implements StockReservationPort {
        @Override
        public List<ReservationOutcome> reserveEach(List<OrderRequest> requests) {
            calls.add("reserve");
            return requests.stream().map(r -> reserve(r.lines())).toList();
        }

        private ReservationOutcome reserve(List<Request> lines) {
            List<Shortage> shortages = lines.stream().filter(l -> available.get(l.sku()) < l.quantity())
                    .map(l -> new Shortage(l.sku(), l.quantity(), available.get(l.sku()))).toList();
            if (!shortages.isEmpty()) {
                return new ReservationOutcome(List.of(), shortages);
            }
            List<StockMovementSummary> moved = new ArrayList<>();
            lines.forEach(l -> {
                int before = available.get(l.sku());
                available.put(l.sku(), before - l.quantity());
                moved.add(new StockMovementSummary(l.sku(), before, before - l.quantity()));
            });
            return new ReservationOutcome(moved, List.of());
        }

        @Override
        public List<StockMovementSummary> release(Collection<OrderId> released) {
            return List.of();
        }
    }

    static final class Catalog implements OrderableSkusPort {
        @Override
        public Map<SkuCode, OrderableSku> find(Collection<SkuCode> skus) {
            Map<SkuCode, OrderableSku> found = new HashMap<>();
            for (SkuCode sku : skus) {
                if (sku.equals(HOT) || sku.equals(COLD)) {
                    found.put(sku, new OrderableSku(sku, new ProductId(UUID.nameUUIDFromBytes(sku.value().getBytes())), "Dormio Aurora",
                            "160x200", "MEDIUM", 18, Money.of(49_900, "EUR")));
                }
            }
            return found;
        }
    }

    final class Keys implements OrderIdempotencyKeys {
        @Override
        public Optional<StoredKey> find(UUID accountId, String key) {
            return Optional.ofNullable(keys.get(accountId + key));
        }

        @Override
        public void store(List<NewKey> stored) {
            calls.add("key");
            stored.forEach(k -> keys.put(k.accountId() + k.key(), new StoredKey(k.requestHash(), k.order())));
        }
    }

    static final class Addresses implements ShopperAddressPort {
        @Override
        public List<ShippingAddress> list(UUID shopperId) {
            return List.of(new ShippingAddress(UUID.randomUUID(), shopperId, null, "Invalidenstr. 1", null, "Berlin", "10115", "DE", true, NOW));
        }

        @Override
        public Optional<Addressee> addressee(UUID shopperId) {
            return Optional.of(new Addressee("Sam", list(shopperId).stream().filter(ShippingAddress::isDefault).findFirst()));
        }

        @Override
        public Optional<ShippingAddress> find(UUID shopperId, UUID addressId) {
            return Optional.empty();
        }

        @Override
        public void save(ShippingAddress address) {
        }

        @Override
        public void remove(UUID shopperId, UUID addressId) {
        }
    }

    static final class Pages implements ProductDetailCache {
        @Override
        public Optional<ProductDetail> find(ProductId id) {
            return Optional.empty();
        }

        @Override
        public void store(ProductDetail detail) {
        }

        @Override
        public void evict(ProductId id) {
        }
    }

    static final class SoldOut implements SoldOutSkuCache {
        @Override
        public Lookup lookup() {
            return new Lookup(0, Optional.empty());
        }

        @Override
        public boolean store(long generation, AvailabilityOverlay overlay) {
            return false;
        }

        @Override
        public void invalidate() {
        }
    }
}
