-- Mercato schema, version 3: units sold per product, the "bestselling" order of catalog search.
-- Orders add to it once they exist; until then every product has sold nothing.
alter table product add column units_sold bigint default 0 not null;
alter table product add constraint product_units_sold_not_negative check (units_sold >= 0);
