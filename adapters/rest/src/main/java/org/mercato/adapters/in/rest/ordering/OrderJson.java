package org.mercato.adapters.in.rest.ordering;

import java.time.Instant;
import java.util.List;
import org.mercato.adapters.in.rest.support.MoneyJson;
import org.mercato.application.ordering.port.in.OrderView;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.ordering.DeliveryAddress;

/** An order on the wire (API.md "Orders"). */
public record OrderJson(String id, String status, String paymentStatus, String fulfillmentStatus, List<String> allowedActions,
        List<Line> lines, MoneyJson itemsTotal, MoneyJson shippingTotal, MoneyJson total, Address shippingAddress, Instant placedAt,
        Instant expiresAt, List<History> history) {

    public record Line(String sku, String productId, String name, String size, String firmness, int height, int quantity,
            MoneyJson unitPrice, MoneyJson lineTotal) {
    }

    public record Address(String recipient, String line1, String line2, String city, String postalCode, String country) {
    }

    public record History(String from, String to, String action, String actor, String reason, Instant at) {
    }

    /** A row of the order list. */
    public record Summary(String id, String status, String paymentStatus, String fulfillmentStatus, MoneyJson total, int itemCount,
            Instant placedAt, Instant expiresAt) {

        static Summary of(OrderView.Summary s) {
            return new Summary(s.id().toString(), s.status().name(), s.paymentStatus().name(), s.fulfillmentStatus().name(),
                    MoneyJson.of(s.total()), s.itemCount(), s.placedAt(), s.expiresAt());
        }
    }

    static OrderJson of(OrderView o) {
        DeliveryAddress a = o.shippingAddress();
        return new OrderJson(o.id().toString(), o.status().name(), o.paymentStatus().name(), o.fulfillmentStatus().name(),
                o.allowedActions().stream().map(Enum::name).toList(),
                o.lines().stream().map(l -> new Line(l.sku(), l.productId().toString(), l.name(), l.size(), Firmness.valueOf(l.firmness()).code(), l.heightCm(),
                        l.quantity(), MoneyJson.of(l.unitPrice()), MoneyJson.of(l.lineTotal()))).toList(),
                MoneyJson.of(o.itemsTotal()), MoneyJson.of(o.shippingTotal()), MoneyJson.of(o.total()),
                new Address(a.recipient(), a.line1(), a.line2(), a.city(), a.postalCode(), a.country()), o.placedAt(), o.expiresAt(),
                o.history().stream().map(h -> new History(h.from() == null ? null : h.from().name(), h.to().name(), h.action().name(),
                        h.actor(), h.reason(), h.at())).toList());
    }
}
