-- Mercato schema, version 1: catalog, inventory and accounts.
-- One script for PostgreSQL and for H2 in PostgreSQL mode: keep to the SQL both understand.

create table manufacturer (
    id          uuid primary key,
    name        varchar(120) not null unique,
    country     char(2)      not null
);

create table category (
    id          uuid primary key,
    slug        varchar(60)  not null unique,
    name        varchar(120) not null,
    sort_order  integer      not null
);

create table product (
    id              uuid primary key,
    name            varchar(200)  not null,
    description     varchar(4000) not null,
    material        varchar(120)  not null,
    manufacturer_id uuid          not null references manufacturer (id),
    category_id     uuid          not null references category (id),
    created_at      timestamp with time zone not null
);
create index product_manufacturer_idx on product (manufacturer_id);
create index product_category_idx on product (category_id);

create table product_attribute (
    product_id  uuid         not null references product (id) on delete cascade,
    attr_name   varchar(60)  not null,
    attr_value  varchar(400) not null,
    primary key (product_id, attr_name)
);

-- SKU ids are numeric so that reservations can lock stock rows in ascending id order.
create sequence sku_seq start with 1 increment by 50;
create table sku (
    id              bigint primary key,
    code            varchar(64) not null unique,
    product_id      uuid        not null references product (id),
    size_code       varchar(9)  not null,
    firmness        varchar(12) not null check (firmness in ('SOFT', 'MEDIUM_SOFT', 'MEDIUM', 'MEDIUM_FIRM', 'FIRM')),
    height_cm       integer     not null check (height_cm between 5 and 60),
    price_amount    bigint      not null check (price_amount > 0),
    price_currency  char(3)     not null
);
create index sku_product_idx on sku (product_id);

create table warehouse (
    id      uuid primary key,
    code    varchar(16)  not null unique,
    name    varchar(120) not null,
    city    varchar(120) not null
);

-- available = on_hand - reserved; the checks make overselling impossible even for a faulty writer.
create table stock (
    sku_id          bigint  not null references sku (id),
    warehouse_id    uuid    not null references warehouse (id),
    on_hand         integer not null,
    reserved        integer not null,
    primary key (sku_id, warehouse_id),
    constraint stock_on_hand_not_negative check (on_hand >= 0),
    constraint stock_reserved_not_negative check (reserved >= 0),
    constraint stock_reserved_within_on_hand check (reserved <= on_hand)
);
create index stock_warehouse_idx on stock (warehouse_id);

-- The append-only ledger: every change to on_hand is one row.
create sequence stock_movement_seq start with 1 increment by 50;
create table stock_movement (
    id              bigint       primary key,
    sku_id          bigint       not null references sku (id),
    warehouse_id    uuid         not null references warehouse (id),
    delta           integer      not null check (delta <> 0),
    reason          varchar(12)  not null check (reason in ('RECEIVED', 'ADJUSTED', 'STOCKTAKE', 'SHIPPED', 'RETURNED', 'DAMAGED')),
    actor           varchar(120) not null,
    reference       varchar(200),
    occurred_at     timestamp with time zone not null
);
create index stock_movement_sku_idx on stock_movement (sku_id, warehouse_id, occurred_at);

create table staff_user (
    id              uuid primary key,
    username        varchar(64)  not null unique,
    display_name    varchar(120) not null,
    password_hash   varchar(200) not null,
    active          boolean      not null,
    warehouse_id    uuid references warehouse (id)
);

create table staff_user_role (
    staff_user_id   uuid        not null references staff_user (id) on delete cascade,
    role            varchar(20) not null check (role in ('WAREHOUSE', 'COURIER', 'DELIVERY_MANAGER', 'ADMIN')),
    primary key (staff_user_id, role)
);

-- E-mail addresses are unique whatever their letter case: email_normalized is the lower-cased form.
create table shopper_account (
    id                  uuid primary key,
    email               varchar(254) not null,
    email_normalized    varchar(254) not null unique,
    password_hash       varchar(200) not null,
    name                varchar(200) not null,
    phone               varchar(30),
    created_at          timestamp with time zone not null
);
