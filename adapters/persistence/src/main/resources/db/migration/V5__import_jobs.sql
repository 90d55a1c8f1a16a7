-- Import jobs: an integrator's catalog feed runs in the background; these rows say how far it got.
-- One script for PostgreSQL and for H2 in PostgreSQL mode: keep to the SQL both understand.

create table import_job (
    id              uuid primary key,
    kind            varchar(20)  not null check (kind in ('CATALOG_FEED')),
    status          varchar(24)  not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'COMPLETED_WITH_ERRORS', 'FAILED')),
    submitted_by    varchar(120) not null,
    source_key      varchar(512) not null,
    source_format   varchar(12)  not null check (source_format in ('CSV', 'JSON_LINES')),
    lines_total     integer      not null,
    lines_processed integer      not null,
    lines_created   integer      not null,
    lines_updated   integer      not null,
    lines_unchanged integer      not null,
    lines_failed    integer      not null,
    failure         varchar(1000),
    submitted_at    timestamp with time zone not null,
    started_at      timestamp with time zone,
    finished_at     timestamp with time zone
);
create index import_job_submitted_idx on import_job (submitted_at);

-- Per-line errors; the job stops storing them after the first 1000 (lines_failed still counts all).
create table import_job_error (
    job_id          uuid         not null references import_job (id) on delete cascade,
    seq             integer      not null,
    line_number     integer      not null,
    field           varchar(60),
    message         varchar(400) not null,
    primary key (job_id, seq)
);
