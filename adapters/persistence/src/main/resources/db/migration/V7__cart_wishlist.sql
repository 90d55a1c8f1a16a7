-- Mercato schema, version 7: shoppers' carts and wishlists (ordering context).
-- One script for PostgreSQL and for H2 in PostgreSQL mode: keep to the SQL both understand.
--
-- One cart and one wishlist per shopper, so the account id is the cart; no cart table is needed.
-- Lines keep no price (the cart shows the SKU's current price; an order fixes it when placed).
-- Lines name their SKU by code and deliberately have no foreign key to sku: a SKU may leave the
-- catalog while it sits in carts, and the cart must then report it (NOT_FOUND) instead of
-- blocking the catalog change or losing the line silently.

create table cart_line (
    account_id  uuid         not null references shopper_account (id) on delete cascade,
    sku_code    varchar(64)  not null,
    quantity    integer      not null,
    added_at    timestamp with time zone not null,
    primary key (account_id, sku_code),
    constraint cart_line_quantity check (quantity between 1 and 50)
);

create table wishlist_item (
    account_id  uuid         not null references shopper_account (id) on delete cascade,
    sku_code    varchar(64)  not null,
    added_at    timestamp with time zone not null,
    primary key (account_id, sku_code)
);
