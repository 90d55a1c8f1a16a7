package org.mercato.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.SoldOutSkuCache;
import org.mercato.application.common.AccessDeniedException;
import org.mercato.application.common.ConflictException;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.inventory.port.in.StockCommands;
import org.mercato.application.inventory.port.in.StockView;
import org.mercato.application.inventory.port.out.StockLedgerPort;
import org.mercato.application.inventory.service.AdjustStockService;
import org.mercato.application.inventory.service.CountStockService;
import org.mercato.application.inventory.service.ListStockService;
import org.mercato.application.inventory.service.ReceiveGoodsService;
import org.mercato.domain.accounts.SignInLockout;
import org.mercato.domain.accounts.StaffRole;
import org.mercato.domain.accounts.StaffUser;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.inventory.MovementReason;
import org.mercato.domain.inventory.StockChange;
import org.mercato.domain.inventory.StockLevel;
import org.mercato.domain.inventory.StockMovement;
import org.mercato.domain.inventory.Warehouse;
import org.mercato.domain.inventory.WarehouseId;

class InventoryServicesTest {

    private final Warehouse berlin = new Warehouse(new WarehouseId(UUID.randomUUID()), "BER-1", "Berlin", "Berlin");
    private final Warehouse milano = new Warehouse(new WarehouseId(UUID.randomUUID()), "MIL-1", "Milano", "Milano");
    private final SkuCode mattress = new SkuCode("DOR-0001-160x200-M-18");
    private final ProductId product = new ProductId(UUID.randomUUID());
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final List<ProductId> evicted = new ArrayList<>();
    private int soldOutInvalidations;
    private final SoldOutSkuCache soldOut = new SoldOutSkuCache() {
        @Override
        public Lookup lookup() {
            return new Lookup(0, Optional.empty());
        }

        @Override
        public boolean store(long generation, org.mercato.application.catalog.port.out.AvailabilityOverlay overlay) {
            return false;
        }

        @Override
        public void invalidate() {
            soldOutInvalidations++;
        }
    };
    private final Map<String, StaffUser> staff = new HashMap<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    InventoryServicesTest() {
        staff.put("warehouse", user("warehouse", Set.of(StaffRole.WAREHOUSE), Optional.empty()));
        staff.put("clerk.berlin", user("clerk.berlin", Set.of(StaffRole.WAREHOUSE), Optional.of(berlin.id())));
        staff.put("courier", user("courier", Set.of(StaffRole.COURIER), Optional.empty()));
        ledger.levels.put(berlin.id() + "|" + mattress, new StockLevel(mattress, berlin.id(), 10, 8));
    }

    private static StaffUser user(String name, Set<StaffRole> roles, Optional<WarehouseId> scope) {
        return new StaffUser(UUID.randomUUID(), name, name, "hash", roles, scope, true, SignInLockout.State.CLEAR);
    }

    private final LoadStaffUserPort staffPort = new LoadStaffUserPort() {
        @Override
        public Optional<StaffUser> findByUsername(String username) {
            return Optional.ofNullable(staff.get(username));
        }

        @Override
        public void saveSignInState(UUID id, SignInLockout.State state) {
            throw new AssertionError("not used");
        }
    };

    private final ProductDetailCache pages = new ProductDetailCache() {
        @Override
        public Optional<ProductDetail> find(ProductId id) {
            return Optional.empty();
        }

        @Override
        public void store(ProductDetail detail) {
        }

        @Override
        public void evict(ProductId id) {
            evicted.add(id);
        }
    };

    @Test
    void a_receipt_books_every_line_with_a_ledger_row_and_evicts_the_product_page() {
        List<StockView.StockRow> rows = new ReceiveGoodsService(ledger, staffPort, pages, soldOut, clock, 10).receive("warehouse",
                new StockCommands.ReceiveGoods("MIL-1", "PO-42", List.of(new StockCommands.ReceiptLine(mattress.value(), 12))));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.warehouseCode()).isEqualTo("MIL-1");
            assertThat(r.onHand()).isEqualTo(12);
            assertThat(r.low()).isFalse();
        });
        assertThat(ledger.movements).singleElement().satisfies(m -> {
            assertThat(m.reason()).isEqualTo(MovementReason.RECEIVED);
            assertThat(m.actor()).isEqualTo("warehouse");
            assertThat(m.reference()).isEqualTo("PO-42");
        });
        assertThat(evicted).containsExactly(product);
        assertThat(soldOutInvalidations).as("0 -> 12 available in Milano may end a sell-out").isEqualTo(1);
    }

    @Test
    void an_unknown_sku_books_nothing() {
        assertThatThrownBy(() -> new ReceiveGoodsService(ledger, staffPort, pages, soldOut, clock, 10).receive("warehouse",
                new StockCommands.ReceiveGoods("BER-1", null, List.of(new StockCommands.ReceiptLine(mattress.value(), 1),
                        new StockCommands.ReceiptLine("NOPE-1", 1)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("lines[1].sku"));
        assertThat(ledger.movements).isEmpty();
    }

    @Test
    void a_scoped_clerk_works_only_in_their_warehouse_and_couriers_not_at_all() {
        ReceiveGoodsService receive = new ReceiveGoodsService(ledger, staffPort, pages, soldOut, clock, 10);
        StockCommands.ReceiveGoods intoMilano = new StockCommands.ReceiveGoods("MIL-1", null,
                List.of(new StockCommands.ReceiptLine(mattress.value(), 1)));
        assertThatThrownBy(() -> receive.receive("clerk.berlin", intoMilano)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> receive.receive("courier", intoMilano)).isInstanceOf(AccessDeniedException.class);
        ListStockService list = new ListStockService(ledger, staffPort, 10);
        assertThat(list.visibleWarehouses("clerk.berlin")).extracting(StockView.WarehouseRow::code).containsExactly("BER-1");
        assertThat(list.visibleWarehouses("warehouse")).extracting(StockView.WarehouseRow::code).containsExactly("BER-1", "MIL-1");
        list.listStock("clerk.berlin", new StockView.StockQuery(null, null, false, 0, 20));
        assertThat(ledger.lastListScope).contains(berlin.id());
        assertThatThrownBy(() -> list.listStock("clerk.berlin", new StockView.StockQuery("MIL-1", null, false, 0, 20)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reserved_units_cannot_be_written_off_and_a_count_records_the_difference() {
        AdjustStockService adjust = new AdjustStockService(ledger, staffPort, pages, soldOut, clock, 10);
        assertThatThrownBy(() -> adjust.adjust("warehouse",
                new StockCommands.AdjustStock("BER-1", mattress.value(), -3, MovementReason.DAMAGED, "forklift")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.type()).isEqualTo("stock-conflict"));
        assertThat(adjust.adjust("warehouse",
                new StockCommands.AdjustStock("BER-1", mattress.value(), -2, MovementReason.DAMAGED, "forklift")).onHand())
                .isEqualTo(8);
        StockView.StockRow counted = new CountStockService(ledger, staffPort, pages, soldOut, clock, 10)
                .count("warehouse", new StockCommands.CountStock("BER-1", mattress.value(), 11, "shelf B3"));
        assertThat(counted.onHand()).isEqualTo(11);
        assertThat(counted.available()).isEqualTo(3);
        assertThat(counted.low()).isTrue();
        assertThat(ledger.movements).extracting(StockMovement::delta).containsExactly(-2, 3);
        assertThat(soldOutInvalidations).as("2 -> 0 available is a crossing, 0 -> 3 another").isEqualTo(2);
    }

    @Test
    void commands_check_their_fields() {
        assertThatThrownBy(() -> new StockCommands.ReceiveGoods("BER-1", null, List.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new StockCommands.ReceiveGoods("BER-1", null, List.of(
                new StockCommands.ReceiptLine("A-1", 1), new StockCommands.ReceiptLine("A-1", 2))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new StockCommands.AdjustStock("BER-1", "A-1", 3, MovementReason.DAMAGED, "why"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new StockCommands.AdjustStock("BER-1", "A-1", -3, MovementReason.ADJUSTED, " "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new StockCommands.CountStock("BER-1", "A-1", -1, null)).isInstanceOf(InvalidInputException.class);
    }

    private final class InMemoryLedger implements StockLedgerPort {
        final Map<String, StockLevel> levels = new LinkedHashMap<>();
        final List<StockMovement> movements = new ArrayList<>();
        Optional<WarehouseId> lastListScope;

        @Override
        public Optional<Warehouse> findWarehouse(String code) {
            return warehouses().stream().filter(w -> w.code().equals(code)).findFirst();
        }

        @Override
        public List<Warehouse> warehouses() {
            return List.of(berlin, milano);
        }

        @Override
        public Map<SkuCode, ProductId> productsOf(Collection<SkuCode> skus) {
            return skus.contains(mattress) ? Map.of(mattress, product) : Map.of();
        }

        @Override
        public Map<SkuCode, StockLevel> lockForUpdate(WarehouseId warehouse, Collection<SkuCode> skus) {
            Map<SkuCode, StockLevel> locked = new HashMap<>();
            skus.forEach(s -> locked.put(s, levels.computeIfAbsent(warehouse + "|" + s, k -> new StockLevel(s, warehouse, 0, 0))));
            return locked;
        }

        @Override
        public void record(StockChange change) {
            levels.put(change.after().warehouse() + "|" + change.after().sku(), change.after());
            movements.add(change.movement());
        }

        @Override
        public StockView.StockPage list(Optional<WarehouseId> warehouse, StockView.StockQuery query, int threshold) {
            lastListScope = warehouse;
            return new StockView.StockPage(List.of(), query.page(), query.size(), 0);
        }

        @Override
        public List<StockView.MovementRow> movements(Optional<WarehouseId> warehouse, SkuCode sku) {
            return List.of();
        }
    }
}
