-- Mercato schema, version 5: product images. The bytes live in the object store (ADR 0012); a row says
-- which object (a key under public/, new for every upload) belongs to which product, and where in its
-- gallery (position 0 is the main picture). Versions 3 and 4 are taken by work in parallel branches.

create table product_image (
    id              uuid primary key,
    product_id      uuid          not null references product (id) on delete cascade,
    object_key      varchar(512)  not null unique,
    position        integer       not null check (position >= 0),
    content_type    varchar(100)  not null,
    size_bytes      bigint        not null check (size_bytes > 0),
    created_by      varchar(64)   not null,
    created_at      timestamp with time zone not null
);
create index product_image_product_idx on product_image (product_id, position);
