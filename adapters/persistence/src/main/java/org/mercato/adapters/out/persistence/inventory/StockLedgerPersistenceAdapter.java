package org.mercato.adapters.out.persistence.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.mercato.adapters.out.persistence.catalog.SkuEntity;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import org.mercato.application.inventory.port.in.StockView;
import org.mercato.application.inventory.port.out.StockLedgerPort;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.inventory.StockChange;
import org.mercato.domain.inventory.StockLevel;
import org.mercato.domain.inventory.Warehouse;
import org.mercato.domain.inventory.WarehouseId;

@ApplicationScoped
public class StockLedgerPersistenceAdapter implements StockLedgerPort {

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    /** How long a stock writer waits for another's row lock before giving up (mercato.inventory.lock-timeout-ms). */
    @Inject
    @ConfigProperty(name = "mercato.inventory.lock-timeout-ms", defaultValue = "3000")
    int lockTimeoutMs;

    @Override
    public Optional<Warehouse> findWarehouse(String code) {
        return em.createQuery("select w from WarehouseEntity w where w.code = :code", WarehouseEntity.class)
                .setParameter("code", code.trim().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst().map(StockLedgerPersistenceAdapter::toDomain);
    }

    @Override
    public List<Warehouse> warehouses() {
        return em.createQuery("select w from WarehouseEntity w order by w.code", WarehouseEntity.class)
                .getResultStream().map(StockLedgerPersistenceAdapter::toDomain).toList();
    }

    @Override
    public Map<SkuCode, ProductId> productsOf(Collection<SkuCode> skus) {
        Map<SkuCode, ProductId> products = new HashMap<>();
        skuRows(skus).forEach(row -> products.put(new SkuCode((String) row[1]), new ProductId((UUID) row[2])));
        return products;
    }

    @Override
    public Map<SkuCode, StockLevel> lockForUpdate(WarehouseId warehouse, Collection<SkuCode> skus) {
        Map<Long, SkuCode> codesById = new HashMap<>();
        skuRows(skus).forEach(row -> codesById.put((Long) row[0], new SkuCode((String) row[1])));
        if (codesById.isEmpty()) {
            return Map.of();
        }
        List<StockEntity> locked = em.createQuery("""
                        select s from StockEntity s
                        where s.id.warehouseId = :warehouse and s.id.skuId in :skus
                        order by s.id.skuId""", StockEntity.class)
                .setParameter("warehouse", warehouse.value())
                .setParameter("skus", codesById.keySet())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", lockTimeoutMs)
                .getResultList();
        // The SKU rows too, in the same order: a change that empties or refills the SKU here recomputes its
        // sold_out from every warehouse, and must see what other warehouses' writers committed (ADR 0015).
        em.createQuery("select s from SkuEntity s where s.id in :skus order by s.id", SkuEntity.class)
                .setParameter("skus", codesById.keySet())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", lockTimeoutMs)
                .getResultList();
        Map<SkuCode, StockLevel> levels = new LinkedHashMap<>();
        for (StockEntity row : locked) {
            levels.put(codesById.get(row.id.skuId()), new StockLevel(codesById.get(row.id.skuId()), warehouse, row.onHand, row.reserved));
        }
        // A SKU never stocked here yet gets its row now; the primary key stops a concurrent twin.
        codesById.entrySet().stream().filter(e -> !levels.containsKey(e.getValue())).sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    StockEntity created = new StockEntity();
                    created.id = new StockEntity.Key(e.getKey(), warehouse.value());
                    em.persist(created);
                    levels.put(e.getValue(), new StockLevel(e.getValue(), warehouse, 0, 0));
                });
        em.flush();
        return levels;
    }

    @Override
    public void record(StockChange change) {
        Long skuId = skuId(change.after().sku());
        StockEntity row = em.find(StockEntity.class, new StockEntity.Key(skuId, change.after().warehouse().value()));
        row.onHand = change.after().onHand();
        row.reserved = change.after().reserved();
        StockMovementEntity movement = new StockMovementEntity();
        movement.skuId = skuId;
        movement.warehouseId = change.movement().warehouse().value();
        movement.delta = change.movement().delta();
        movement.reason = change.movement().reason().name();
        movement.actor = change.movement().actor();
        movement.reference = change.movement().reference();
        movement.occurredAt = change.movement().at();
        em.persist(movement);
        if ((change.before().available() > 0) != (change.after().available() > 0)) {
            refreshSoldOut(skuId, change.movement().at());
        }
    }

    /**
     * Recomputes the SKU's sold_out from all its stock rows and, when it changed, records the change for
     * search's overlay (ADR 0015). The SKU row is locked (lockForUpdate), so writers in other warehouses
     * take turns, and this query, a new statement, sees everything they committed.
     */
    private void refreshSoldOut(long skuId, java.time.Instant at) {
        boolean soldOut = em.createQuery("""
                        select count(st) from StockEntity st
                        where st.id.skuId = :sku and st.onHand > st.reserved""", Long.class)
                .setParameter("sku", skuId).getSingleResult() == 0;
        SkuSoldOutFlags.record(em, skuId, soldOut, at);
    }

    @Override
    public StockView.StockPage list(Optional<WarehouseId> warehouse, StockView.StockQuery query, int lowStockThreshold) {
        // Conditions are added only when used: PostgreSQL cannot type a null parameter in "? is null".
        StringBuilder where = new StringBuilder("""
                from StockEntity st, SkuEntity s, WarehouseEntity w
                where st.id.skuId = s.id and st.id.warehouseId = w.id""");
        Map<String, Object> parameters = new HashMap<>();
        warehouse.ifPresent(w -> {
            where.append(" and w.id = :warehouse");
            parameters.put("warehouse", w.value());
        });
        if (query.search() != null) {
            where.append(" and (lower(s.code) like :search or lower(s.product.name) like :search)");
            parameters.put("search", "%" + query.search().toLowerCase(Locale.ROOT) + "%");
        }
        if (query.lowOnly()) {
            where.append(" and st.onHand - st.reserved < :threshold");
            parameters.put("threshold", lowStockThreshold);
        }
        TypedQuery<Object[]> rows = em.createQuery("select s.code, s.product.name, w.code, st.onHand, st.reserved "
                + where + " order by " + (query.lowOnly() ? "st.onHand - st.reserved, " : "") + "s.code, w.code", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(st) " + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<StockView.StockRow> page = rows.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultStream()
                .map(r -> {
                    int onHand = (Integer) r[3];
                    int reserved = (Integer) r[4];
                    return new StockView.StockRow((String) r[0], (String) r[1], (String) r[2], onHand, reserved,
                            onHand - reserved, onHand - reserved < lowStockThreshold);
                })
                .toList();
        return new StockView.StockPage(page, query.page(), query.size(), count.getSingleResult());
    }

    @Override
    public List<StockView.MovementRow> movements(Optional<WarehouseId> warehouse, SkuCode sku) {
        Long skuId = skuId(sku);
        if (skuId == null) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery("""
                        select m.occurredAt, w.code, m.delta, m.reason, m.actor, m.reference
                        from StockMovementEntity m, WarehouseEntity w
                        where m.warehouseId = w.id and m.skuId = :sku""" + (warehouse.isPresent() ? " and w.id = :warehouse" : "")
                        + " order by m.occurredAt desc, m.id desc", Object[].class)
                .setParameter("sku", skuId);
        warehouse.ifPresent(w -> query.setParameter("warehouse", w.value()));
        return query.setMaxResults(500)
                .getResultStream()
                .map(r -> new StockView.MovementRow((java.time.Instant) r[0], (String) r[1], (Integer) r[2], (String) r[3],
                        (String) r[4], (String) r[5]))
                .toList();
    }

    private List<Object[]> skuRows(Collection<SkuCode> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s.id, s.code, s.product.id from SkuEntity s where s.code in :codes order by s.id", Object[].class)
                .setParameter("codes", skus.stream().map(SkuCode::value).toList())
                .getResultList();
    }

    private Long skuId(SkuCode sku) {
        return em.createQuery("select s.id from SkuEntity s where s.code = :code", Long.class)
                .setParameter("code", sku.value())
                .getResultStream().findFirst().orElse(null);
    }

    private static Warehouse toDomain(WarehouseEntity w) {
        return new Warehouse(new WarehouseId(w.id), w.code, w.name, w.city);
    }
}
