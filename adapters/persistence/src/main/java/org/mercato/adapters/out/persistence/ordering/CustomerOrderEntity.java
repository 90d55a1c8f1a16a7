package org.mercato.adapters.out.persistence.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "customer_order")
public class CustomerOrderEntity {

    @Id
    public UUID id;
    @Column(name = "account_id", nullable = false)
    public UUID accountId;
    @Column(nullable = false)
    public String status;
    @Column(name = "payment_status", nullable = false)
    public String paymentStatus;
    @Column(name = "fulfillment_status", nullable = false)
    public String fulfillmentStatus;
    @Column(nullable = false)
    public String currency;
    @Column(name = "items_total", nullable = false)
    public long itemsTotal;
    @Column(name = "shipping_total", nullable = false)
    public long shippingTotal;
    @Column(nullable = false)
    public long total;
    @Column(name = "ship_recipient", nullable = false)
    public String shipRecipient;
    @Column(name = "ship_line1", nullable = false)
    public String shipLine1;
    @Column(name = "ship_line2")
    public String shipLine2;
    @Column(name = "ship_city", nullable = false)
    public String shipCity;
    @Column(name = "ship_postal_code", nullable = false)
    public String shipPostalCode;
    @Column(name = "ship_country", nullable = false)
    public String shipCountry;
    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
    @Version
    public long version;
}
