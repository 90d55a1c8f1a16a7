-- Mercato schema, version 2: shopper addresses, sign-in lockout, integrator API keys and the audit trail.

create table shopper_address (
    id              uuid primary key,
    shopper_id      uuid         not null references shopper_account (id) on delete cascade,
    label           varchar(60),
    line1           varchar(200) not null,
    line2           varchar(200),
    city            varchar(120) not null,
    postal_code     varchar(20)  not null,
    country         char(2)      not null,
    is_default      boolean      not null,
    created_at      timestamp with time zone not null
);
create index shopper_address_shopper_idx on shopper_address (shopper_id);

-- Repeated failed sign-ins lock an account for a while (mercato.login.*).
alter table shopper_account add column failed_sign_ins integer not null default 0;
alter table shopper_account add column locked_until timestamp with time zone;
alter table staff_user add column failed_sign_ins integer not null default 0;
alter table staff_user add column locked_until timestamp with time zone;

-- Only a SHA-256 hash of an API key is kept; the prefix finds the row, the hash proves the key.
create table api_key (
    id              uuid primary key,
    name            varchar(120) not null,
    key_prefix      varchar(16)  not null unique,
    key_hash        char(64)     not null,
    scopes          varchar(400) not null,
    created_by      varchar(64)  not null,
    created_at      timestamp with time zone not null,
    last_used_at    timestamp with time zone,
    revoked_by      varchar(64),
    revoked_at      timestamp with time zone
);

-- Who did what, when and from where: sign-ins, role changes, API keys.
create sequence audit_event_seq start with 1 increment by 50;
create table audit_event (
    id              bigint       primary key,
    occurred_at     timestamp with time zone not null,
    actor           varchar(254) not null,
    action          varchar(40)  not null,
    target          varchar(254),
    source_address  varchar(64),
    outcome         varchar(12)  not null check (outcome in ('SUCCESS', 'FAILURE')),
    detail          varchar(400)
);
create index audit_event_time_idx on audit_event (occurred_at desc);
create index audit_event_actor_idx on audit_event (actor, occurred_at desc);
