package org.mercato.adapters.out.persistence.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.adapters.out.persistence.InList;
import org.mercato.adapters.out.persistence.inventory.SkuSoldOutFlags;
import org.mercato.adapters.out.persistence.inventory.StockEntity;
import org.mercato.application.common.ServiceUnavailableException;
import org.mercato.application.ordering.port.out.StockReservationPort;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.inventory.StockAllocation;
import org.mercato.domain.inventory.StockAllocation.Allocation;
import org.mercato.domain.inventory.StockLevel;
import org.mercato.domain.inventory.WarehouseId;
import org.mercato.domain.ordering.OrderId;

/**
 * Reservations with JPA pessimistic write locks (SPEC decision 2): the stock rows of every SKU of the
 * orders, all warehouses, locked in one statement in ascending (SKU id, warehouse id) order, the order
 * every stock writer keeps, with a bounded wait. Which warehouse serves a line is the domain's choice
 * ({@link StockAllocation}).
 */
@ApplicationScoped
public class StockReservationJpaAdapter implements StockReservationPort {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "mercato.inventory.lock-timeout-ms", defaultValue = "3000")
    int lockTimeoutMs;

    @Inject
    Clock clock;

    @Override
    public List<ReservationOutcome> reserveEach(List<OrderRequest> orders) {
        Map<SkuCode, Long> ids = skuIds(orders.stream().flatMap(o -> o.lines().stream()).map(Request::sku).distinct().toList());
        Map<Long, List<StockEntity>> rows = lockStock(ids.values());
        List<ReservationOutcome> outcomes = new ArrayList<>(orders.size());
        for (OrderRequest order : orders) {
            outcomes.add(reserve(order, ids, rows));
        }
        return outcomes;
    }

    /** One order against rows already locked: every line allocated, or none and the shortages. */
    private ReservationOutcome reserve(OrderRequest order, Map<SkuCode, Long> ids, Map<Long, List<StockEntity>> rows) {
        List<Shortage> shortages = new ArrayList<>();
        Map<SkuCode, List<Allocation>> plan = new LinkedHashMap<>();
        for (Request line : order.lines()) {
            Long skuId = ids.get(line.sku());
            List<StockLevel> levels = levels(line.sku(), rows.getOrDefault(skuId, List.of()));
            Optional<List<Allocation>> allocation = StockAllocation.allocate(line.quantity(), levels);
            if (allocation.isEmpty()) {
                shortages.add(new Shortage(line.sku(), line.quantity(), StockAllocation.available(levels)));
            } else {
                plan.put(line.sku(), allocation.get());
            }
        }
        if (!shortages.isEmpty()) {
            return new ReservationOutcome(List.of(), shortages);
        }
        List<StockMovementSummary> reserved = new ArrayList<>();
        plan.forEach((sku, allocations) -> {
            Long skuId = ids.get(sku);
            List<StockEntity> skuRows = rows.get(skuId);
            int before = available(skuRows);
            for (Allocation a : allocations) {
                StockEntity row = skuRows.stream().filter(r -> r.id.warehouseId().equals(a.warehouse().value())).findFirst().orElseThrow();
                row.reserved = new StockLevel(sku, a.warehouse(), row.onHand, row.reserved).reserve(a.quantity()).reserved();
                StockReservationEntity held = new StockReservationEntity();
                held.id = new StockReservationEntity.Key(order.order().value(), skuId, a.warehouse().value());
                held.quantity = a.quantity();
                em.persist(held);
            }
            StockMovementSummary moved = new StockMovementSummary(sku, before, available(skuRows));
            soldOutFlags(skuId, moved);
            reserved.add(moved);
        });
        return new ReservationOutcome(reserved, List.of());
    }

    @Override
    public List<StockMovementSummary> release(Collection<OrderId> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        List<UUID> orderIds = orders.stream().map(OrderId::value).toList();
        // The orders are locked by the caller, so what they hold cannot change between this read and the locks below.
        List<StockReservationEntity> held = em.createQuery("select r from StockReservationEntity r where r.id.orderId in :orders",
                        StockReservationEntity.class)
                .setParameter("orders", orderIds)
                .getResultList();
        if (held.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StockEntity>> rows = lockStock(held.stream().map(r -> r.id.skuId()).toList());
        Map<Long, String> codes = skuCodes(rows.keySet());
        Map<Long, Integer> before = new HashMap<>();
        rows.forEach((skuId, skuRows) -> before.put(skuId, available(skuRows)));
        for (StockReservationEntity r : held) {
            StockEntity row = rows.get(r.id.skuId()).stream().filter(s -> s.id.warehouseId().equals(r.id.warehouseId())).findFirst().orElseThrow();
            SkuCode sku = new SkuCode(codes.get(r.id.skuId()));
            row.reserved = new StockLevel(sku, new WarehouseId(row.id.warehouseId()), row.onHand, row.reserved).release(r.quantity).reserved();
        }
        // One statement for all of them: a sweep batch releases hundreds of orders at a time.
        em.createQuery("delete from StockReservationEntity r where r.id.orderId in :orders").setParameter("orders", orderIds).executeUpdate();
        List<StockMovementSummary> released = new ArrayList<>();
        rows.forEach((skuId, skuRows) -> {
            StockMovementSummary moved = new StockMovementSummary(new SkuCode(codes.get(skuId)), before.get(skuId), available(skuRows));
            soldOutFlags(skuId, moved);
            released.add(moved);
        });
        return released;
    }

    /**
     * A SKU that ran out or came back changes its search flag. All its stock rows are locked here, so the
     * in-memory sum is the committed truth plus this change (ADR 0015).
     */
    private void soldOutFlags(long skuId, StockMovementSummary moved) {
        if (moved.crossedZero()) {
            SkuSoldOutFlags.record(em, skuId, moved.availableAfter() == 0, clock.instant());
        }
    }

    /** The stock rows of these SKUs in every warehouse, locked, grouped by SKU id with warehouses in id order. */
    private Map<Long, List<StockEntity>> lockStock(Collection<Long> skuIds) {
        Set<Long> distinct = new TreeSet<>(skuIds);
        if (distinct.isEmpty()) {
            return Map.of();
        }
        try {
            Map<Long, List<StockEntity>> bySku = new LinkedHashMap<>();
            InList skus = InList.of("sku", distinct);
            skus.bind(em.createQuery("select s from StockEntity s where s.id.skuId in (%s) order by s.id.skuId, s.id.warehouseId"
                            .formatted(skus.placeholders()), StockEntity.class))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setHint("jakarta.persistence.lock.timeout", lockTimeoutMs)
                    .getResultStream()
                    .forEach(s -> bySku.computeIfAbsent(s.id.skuId(), k -> new ArrayList<>()).add(s));
            return bySku;
        } catch (LockTimeoutException | PessimisticLockException e) {
            throw new ServiceUnavailableException("the stock of these items is busy; try again in a moment", e);
        }
    }

    private Map<SkuCode, Long> skuIds(Collection<SkuCode> skus) {
        Map<SkuCode, Long> ids = new HashMap<>();
        InList codes = InList.of("code", skus.stream().map(SkuCode::value).toList());
        codes.bind(em.createQuery("select s.id, s.code from SkuEntity s where s.code in (%s)".formatted(codes.placeholders()), Object[].class))
                .getResultStream()
                .forEach(r -> ids.put(new SkuCode((String) r[1]), (Long) r[0]));
        return ids;
    }

    private Map<Long, String> skuCodes(Collection<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        em.createQuery("select s.id, s.code from SkuEntity s where s.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(r -> codes.put((Long) r[0], (String) r[1]));
        return codes;
    }

    private static List<StockLevel> levels(SkuCode sku, List<StockEntity> rows) {
        return rows.stream().map(r -> new StockLevel(sku, new WarehouseId(r.id.warehouseId()), r.onHand, r.reserved)).toList();
    }

    private static int available(List<StockEntity> rows) {
        return rows.stream().mapToInt(r -> r.onHand - r.reserved).sum();
    }
}
