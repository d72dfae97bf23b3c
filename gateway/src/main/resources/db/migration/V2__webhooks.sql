-- Webhook subscriptions of API clients, and every delivery with its attempts. Deliveries are rows, so
-- that pending retries survive a restart of the gateway.
create table webhook_subscription (
    id                    uuid        primary key,
    client_id             text        not null,
    client_scopes         text[]      not null,
    url                   text        not null,
    event_types           text[]      not null,
    description           text,
    secret                text        not null,
    status                text        not null,
    consecutive_failures  integer     not null default 0,
    created_at            timestamptz not null,
    version               bigint      not null default 0
);
create index webhook_subscription_client on webhook_subscription (client_id, id);

create table webhook_delivery (
    id               uuid        primary key,
    subscription_id  uuid        not null references webhook_subscription (id) on delete cascade,
    event_id         text        not null,
    event_type       text        not null,
    payload          text        not null,
    status           text        not null,
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    created_at       timestamptz not null,
    unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'pending';

create table webhook_attempt (
    id            bigserial   primary key,
    delivery_id   uuid        not null references webhook_delivery (id) on delete cascade,
    attempted_at  timestamptz not null,
    status_code   integer,
    error         text,
    duration_ms   integer     not null
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, id);
