package org.mercato.adapters.out.persistence.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.adapters.out.persistence.InList;
import org.mercato.application.ordering.port.in.ListMyOrdersUseCase.OrderQuery;
import org.mercato.application.ordering.port.in.OrderView;
import org.mercato.application.ordering.port.out.OrderStore;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.ordering.DeliveryAddress;
import org.mercato.domain.ordering.FulfillmentStatus;
import org.mercato.domain.ordering.Order;
import org.mercato.domain.ordering.OrderAction;
import org.mercato.domain.ordering.OrderId;
import org.mercato.domain.ordering.OrderLine;
import org.mercato.domain.ordering.OrderStatus;
import org.mercato.domain.ordering.PaymentStatus;
import org.mercato.domain.ordering.StatusChange;
import org.mercato.domain.shared.Money;

@ApplicationScoped
public class OrderPersistenceAdapter implements OrderStore {

    private static final List<String> UNPAID = List.of(OrderStatus.PENDING_PAYMENT.name(), OrderStatus.PAYMENT_FAILED.name());

    @PersistenceContext(unitName = "mercato")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "mercato.inventory.lock-timeout-ms", defaultValue = "3000")
    int lockTimeoutMs;

    @Override
    public void add(List<Order> orders, List<StatusChange> placements) {
        for (int i = 0; i < orders.size(); i++) {
            add(orders.get(i), placements.get(i));
        }
        // Written now, in JDBC batches of one statement per table, before the caller takes stock locks.
        em.flush();
    }

    @Override
    public void discard(List<Order> orders) {
        // Lines, history and reservations go with the order (on delete cascade).
        InList ids = InList.of("id", orders.stream().map(o -> o.id().value()).toList());
        ids.bind(em.createQuery("delete from CustomerOrderEntity o where o.id in (%s)".formatted(ids.placeholders()))).executeUpdate();
    }

    private void add(Order order, StatusChange placement) {
        CustomerOrderEntity row = new CustomerOrderEntity();
        row.id = order.id().value();
        row.accountId = order.accountId();
        row.currency = order.total().currency();
        row.itemsTotal = order.total().amount();
        row.shippingTotal = 0;
        row.total = order.total().amount();
        DeliveryAddress address = order.deliveryAddress();
        row.shipRecipient = address.recipient();
        row.shipLine1 = address.line1();
        row.shipLine2 = address.line2();
        row.shipCity = address.city();
        row.shipPostalCode = address.postalCode();
        row.shipCountry = address.country();
        row.placedAt = order.placedAt();
        row.expiresAt = order.expiresAt();
        copyStatus(order, row);
        em.persist(row);
        int lineNo = 0;
        for (OrderLine line : order.lines()) {
            OrderLineEntity l = new OrderLineEntity();
            l.id = new OrderLineEntity.Key(row.id, ++lineNo);
            l.skuCode = line.sku().value();
            l.productId = line.product().value();
            l.productName = line.productName();
            l.sizeCode = line.size();
            l.firmness = line.firmness();
            l.heightCm = line.heightCm();
            l.quantity = line.quantity();
            l.unitPrice = line.unitPrice().amount();
            em.persist(l);
        }
        em.persist(historyRow(placement));
    }

    @Override
    public Optional<Order> lockOwn(UUID accountId, OrderId id) {
        CustomerOrderEntity row = em.find(CustomerOrderEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE,
                Map.of("jakarta.persistence.lock.timeout", lockTimeoutMs));
        if (row == null || !row.accountId.equals(accountId)) {
            return Optional.empty();
        }
        return Optional.of(toDomain(row, linesOf(row.id)));
    }

    @Override
    public List<Order> lockDueForExpiry(Instant now, int limit) {
        List<CustomerOrderEntity> rows = em.createQuery("""
                        select o from CustomerOrderEntity o
                        where o.status in :unpaid and o.expiresAt <= :now
                        order by o.expiresAt, o.id""", CustomerOrderEntity.class)
                .setParameter("unpaid", UNPAID)
                .setParameter("now", now)
                .setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", lockTimeoutMs)
                .getResultList();
        return toDomain(rows);
    }

    @Override
    public void update(List<Order> orders, List<StatusChange> changes) {
        // One statement per distinct outcome: a sweep batch usually has a single one.
        Map<List<String>, List<UUID>> byOutcome = new LinkedHashMap<>();
        for (Order order : orders) {
            byOutcome.computeIfAbsent(List.of(order.status().name(), order.paymentStatus().name(), order.fulfillmentStatus().name()),
                    k -> new ArrayList<>()).add(order.id().value());
        }
        byOutcome.forEach((outcome, ids) -> em.createQuery("""
                        update CustomerOrderEntity o
                        set o.status = :status, o.paymentStatus = :payment, o.fulfillmentStatus = :fulfillment, o.version = o.version + 1
                        where o.id in :ids""")
                .setParameter("status", outcome.get(0))
                .setParameter("payment", outcome.get(1))
                .setParameter("fulfillment", outcome.get(2))
                .setParameter("ids", ids)
                .executeUpdate());
        changes.forEach(c -> em.persist(historyRow(c)));
    }

    @Override
    public Optional<Order> findOwn(UUID accountId, OrderId id) {
        CustomerOrderEntity row = em.find(CustomerOrderEntity.class, id.value());
        if (row == null || !row.accountId.equals(accountId)) {
            return Optional.empty();
        }
        return Optional.of(toDomain(row, linesOf(row.id)));
    }

    @Override
    public List<StatusChange> history(OrderId id) {
        return em.createQuery("select h from OrderStatusChangeEntity h where h.orderId = :order order by h.occurredAt, h.id",
                        OrderStatusChangeEntity.class)
                .setParameter("order", id.value())
                .getResultStream()
                .map(h -> new StatusChange(id, h.fromStatus == null ? null : OrderStatus.valueOf(h.fromStatus), OrderStatus.valueOf(h.toStatus),
                        OrderAction.valueOf(h.action), h.actor, h.reason, h.occurredAt))
                .toList();
    }

    @Override
    public OrderView.Page list(UUID accountId, OrderQuery query) {
        StringBuilder where = new StringBuilder(" from CustomerOrderEntity o where o.accountId = :account");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("account", accountId);
        query.status().ifPresent(s -> {
            where.append(" and o.status = :status");
            parameters.put("status", s.name());
        });
        query.from().ifPresent(f -> {
            where.append(" and o.placedAt >= :from");
            parameters.put("from", f);
        });
        query.to().ifPresent(t -> {
            where.append(" and o.placedAt < :to");
            parameters.put("to", t);
        });
        TypedQuery<Object[]> rows = em.createQuery("select o, (select sum(l.quantity) from OrderLineEntity l where l.id.orderId = o.id)"
                + where + " order by o.placedAt desc, o.id desc", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(o)" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<OrderView.Summary> items = rows.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultStream()
                .map(r -> {
                    CustomerOrderEntity o = (CustomerOrderEntity) r[0];
                    return new OrderView.Summary(o.id, OrderStatus.valueOf(o.status), PaymentStatus.valueOf(o.paymentStatus),
                            FulfillmentStatus.valueOf(o.fulfillmentStatus), Money.of(o.total, o.currency), ((Number) r[1]).intValue(),
                            o.placedAt, o.expiresAt);
                })
                .toList();
        return new OrderView.Page(items, query.page(), query.size(), count.getSingleResult());
    }

    @Override
    public long countDueForExpiry(Instant now) {
        return em.createQuery("select count(o) from CustomerOrderEntity o where o.status in :unpaid and o.expiresAt <= :now", Long.class)
                .setParameter("unpaid", UNPAID)
                .setParameter("now", now)
                .getSingleResult();
    }

    private List<Order> toDomain(List<CustomerOrderEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<OrderLineEntity>> lines = lines(rows.stream().map(r -> r.id).toList());
        return rows.stream().map(r -> toDomain(r, lines.getOrDefault(r.id, List.of()))).toList();
    }

    /** One order's lines: a single-valued parameter, so the query's plan stays cached. */
    private List<OrderLineEntity> linesOf(UUID orderId) {
        return em.createQuery("select l from OrderLineEntity l where l.id.orderId = :order order by l.id.lineNo", OrderLineEntity.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    private Map<UUID, List<OrderLineEntity>> lines(Collection<UUID> orderIds) {
        Map<UUID, List<OrderLineEntity>> byOrder = new HashMap<>();
        em.createQuery("select l from OrderLineEntity l where l.id.orderId in :orders order by l.id.orderId, l.id.lineNo", OrderLineEntity.class)
                .setParameter("orders", orderIds)
                .getResultStream()
                .forEach(l -> byOrder.computeIfAbsent(l.id.orderId(), k -> new ArrayList<>()).add(l));
        return byOrder;
    }

    private static Order toDomain(CustomerOrderEntity row, List<OrderLineEntity> lines) {
        List<OrderLine> domainLines = lines.stream()
                .map(l -> new OrderLine(new SkuCode(l.skuCode), new ProductId(l.productId), l.productName, l.sizeCode, l.firmness,
                        l.heightCm, l.quantity, Money.of(l.unitPrice, row.currency)))
                .toList();
        return new Order(new OrderId(row.id), row.accountId, domainLines,
                new DeliveryAddress(row.shipRecipient, row.shipLine1, row.shipLine2, row.shipCity, row.shipPostalCode, row.shipCountry),
                row.placedAt, row.expiresAt, OrderStatus.valueOf(row.status), PaymentStatus.valueOf(row.paymentStatus),
                FulfillmentStatus.valueOf(row.fulfillmentStatus));
    }

    private static void copyStatus(Order order, CustomerOrderEntity row) {
        row.status = order.status().name();
        row.paymentStatus = order.paymentStatus().name();
        row.fulfillmentStatus = order.fulfillmentStatus().name();
    }

    private static OrderStatusChangeEntity historyRow(StatusChange change) {
        OrderStatusChangeEntity h = new OrderStatusChangeEntity();
        h.orderId = change.order().value();
        h.fromStatus = change.from() == null ? null : change.from().name();
        h.toStatus = change.to().name();
        h.action = change.action().name();
        h.actor = change.actor();
        h.reason = change.reason();
        h.occurredAt = change.at();
        return h;
    }
}
