-- Tables of the shared service kit, in every Coalition database. Repeatable and idempotent: Flyway
-- runs it again whenever it changes, so later changes are added here as further IF NOT EXISTS steps.

-- Events waiting for the relay; a row is deleted once Kafka has acknowledged it.
create table if not exists kit_outbox (
    id           bigserial primary key,
    event_id     uuid        not null,
    topic        text        not null,
    message_key  text        not null,
    event_type   text        not null,
    payload      text        not null,
    created_at   timestamptz not null default now()
);

-- Events Kafka refused for good (too large, topic not allowed, ...), kept with the reason for an
-- operator instead of blocking every later event behind them.
create table if not exists kit_outbox_failed (
    id           bigint primary key,
    event_id     uuid        not null,
    topic        text        not null,
    message_key  text        not null,
    event_type   text        not null,
    payload      text        not null,
    created_at   timestamptz not null,
    failed_at    timestamptz not null default now(),
    reason       text        not null
);

-- Ids of events each consumer has applied, written in the transaction of the effect.
create table if not exists kit_processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

-- Responses stored under an Idempotency-Key, replayed to retries until expires_at. A row is claimed
-- (status still null) and completed in the transaction of the request it answers.
create table if not exists kit_idempotency_key (
    scope        text        not null,
    idem_key     text        not null,
    fingerprint  text        not null,
    status       integer,
    headers      text,
    body         bytea,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    primary key (scope, idem_key)
);
create index if not exists kit_idempotency_key_expires_at on kit_idempotency_key (expires_at);
