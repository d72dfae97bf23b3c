-- API clients: their credentials are kept only as SHA-256 hashes of 256-bit random values.
create table api_client (
    id                     uuid        primary key,
    name                   text        not null,
    scopes                 text[]      not null,
    rate_limit_per_minute  integer,
    key_hash               text        not null unique,
    secret_hash            text        not null,
    created_at             timestamptz not null,
    rotated_at             timestamptz,
    version                bigint      not null default 0
);
