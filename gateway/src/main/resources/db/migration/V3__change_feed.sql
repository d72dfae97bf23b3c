-- The change feed: every event of every service's topic, in the order the gateway received them.
-- seq is assigned under a lock in the inserting transaction, so it also follows commit order and a
-- reader resuming after seq N can never miss a row that commits later with a smaller number.
create table change_event (
    seq         bigserial primary key,
    event_id    text        not null unique,
    topic       text        not null,
    type        text        not null,
    subject     text,
    time        timestamptz,
    event       jsonb       not null,
    received_at timestamptz not null default now()
);
create index change_event_received_at on change_event (received_at);
