create table widget (
    id          uuid primary key,
    name        text        not null unique,
    color       text        not null,
    size        integer     not null,
    tag         text,
    version     bigint      not null,
    created_at  timestamptz not null
);
create index widget_tag on widget (tag, id);

-- What the test consumer did for each widget event it applied.
create table widget_event_effect (
    event_id    text        not null,
    widget_id   text        not null,
    applied_at  timestamptz not null default now()
);
