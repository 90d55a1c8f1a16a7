-- Ordering: orders with their lines, the stock each order holds, the history of every status change,
-- the idempotency keys of order placement, and the transactional outbox of domain events.
-- One script for PostgreSQL and for H2 in PostgreSQL mode: keep to the SQL both understand.

create table customer_order (
    id                  uuid primary key,
    account_id          uuid         not null references shopper_account (id),
    status              varchar(20)  not null check (status in ('PENDING_PAYMENT', 'PAYMENT_FAILED', 'PAID', 'ACCEPTED',
                            'PICKING', 'PACKED', 'READY_FOR_DISPATCH', 'OUT_FOR_DELIVERY', 'DELIVERED', 'DELIVERY_FAILED',
                            'RETURNED', 'EXPIRED', 'CANCELLED', 'REFUNDED')),
    payment_status      varchar(20)  not null,
    fulfillment_status  varchar(20)  not null,
    currency            char(3)      not null,
    items_total         bigint       not null check (items_total >= 0),
    shipping_total      bigint       not null check (shipping_total >= 0),
    total               bigint       not null check (total >= 0),
    ship_recipient      varchar(200) not null,
    ship_line1          varchar(200) not null,
    ship_line2          varchar(200),
    ship_city           varchar(120) not null,
    ship_postal_code    varchar(20)  not null,
    ship_country        char(2)      not null,
    placed_at           timestamp with time zone not null,
    expires_at          timestamp with time zone not null,
    version             bigint       not null
);
create index customer_order_account_idx on customer_order (account_id, placed_at);
-- The expiry sweeper's query: unpaid orders by due time.
create index customer_order_expiry_idx on customer_order (status, expires_at);

create table order_line (
    order_id        uuid         not null references customer_order (id) on delete cascade,
    line_no         integer      not null,
    sku_code        varchar(64)  not null,
    product_id      uuid         not null,
    product_name    varchar(200) not null,
    size_code       varchar(9)   not null,
    firmness        varchar(12)  not null,
    height_cm       integer      not null,
    quantity        integer      not null check (quantity between 1 and 50),
    unit_price      bigint       not null check (unit_price > 0),
    primary key (order_id, line_no)
);

-- The units an open order holds, per SKU and warehouse. The sum over an SKU's rows equals stock.reserved;
-- a row disappears when its order releases the stock (expired, cancelled) or ships it.
create table stock_reservation (
    order_id        uuid    not null references customer_order (id) on delete cascade,
    sku_id          bigint  not null references sku (id),
    warehouse_id    uuid    not null references warehouse (id),
    quantity        integer not null check (quantity > 0),
    primary key (order_id, sku_id, warehouse_id)
);
create index stock_reservation_stock_idx on stock_reservation (sku_id, warehouse_id);

create sequence order_status_change_seq start with 1 increment by 50;
create table order_status_change (
    id              bigint       primary key,
    order_id        uuid         not null references customer_order (id) on delete cascade,
    from_status     varchar(20),
    to_status       varchar(20)  not null,
    action          varchar(20)  not null,
    actor           varchar(160) not null,
    reason          varchar(500),
    occurred_at     timestamp with time zone not null
);
create index order_status_change_order_idx on order_status_change (order_id, occurred_at);

-- A shopper's Idempotency-Key of POST /orders: the same key and body replay the first order.
create table order_idempotency_key (
    account_id      uuid         not null references shopper_account (id),
    idem_key        varchar(255) not null,
    request_hash    char(64)     not null,
    order_id        uuid         not null references customer_order (id) on delete cascade,
    created_at      timestamp with time zone not null,
    primary key (account_id, idem_key)
);

-- The transactional outbox: events are written with the change they report and published afterwards.
create sequence outbox_event_seq start with 1 increment by 50;
create table outbox_event (
    id              bigint       primary key,
    event_id        uuid         not null unique,
    event_type      varchar(40)  not null,
    aggregate_type  varchar(40)  not null,
    aggregate_id    uuid         not null,
    payload         varchar(20000) not null,
    occurred_at     timestamp with time zone not null,
    published_at    timestamp with time zone,
    attempts        integer      not null default 0
);
create index outbox_event_unpublished_idx on outbox_event (published_at, id);
