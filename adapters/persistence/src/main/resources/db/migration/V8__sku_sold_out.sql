-- Mercato schema, version 8: in-stock search at scale (ADR 0015).
-- One script for PostgreSQL and for H2 in PostgreSQL mode: keep to the SQL both understand.

-- Whether no warehouse has a unit of the SKU available, kept up to date by every stock change that
-- crosses zero. The search index copies it when it indexes the product; new SKUs have no stock yet.
alter table sku add column sold_out boolean default true not null;
update sku set sold_out = not exists (
    select 1 from stock st where st.sku_id = sku.id and st.on_hand > st.reserved);

-- The SKUs whose sold_out changed after the demo load or their creation, with their state now: search lays
-- these few over the index, whose copy of sold_out may be older. One row a SKU, written under its row lock.
create table sku_availability_change (
    sku_id      bigint  primary key references sku (id),
    sold_out    boolean not null,
    changed_at  timestamp with time zone not null
);
