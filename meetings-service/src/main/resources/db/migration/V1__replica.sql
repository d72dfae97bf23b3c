-- The slim copy of partners-service's organisations, people and groups this service checks references
-- against and counts representation by. Rows are written only by the partners-events consumer; version
-- is the producer's, so an older or replayed event never overwrites a newer state.
create table replica_partner (
    id          uuid primary key,
    name        text   not null,
    type        text,
    country     text,
    subdivision text,
    status      text   not null,
    merged_into uuid,
    version     bigint not null
);

-- No e-mail or phone: only the name to show, and country and self-described gender for statistics.
-- Erasure is final: the personal data is gone and no later event brings it back.
create table replica_person (
    id      uuid primary key,
    name    text,
    country text,
    gender  text,
    erased  boolean not null default false,
    version bigint  not null
);

create table replica_group (
    id      uuid primary key,
    name    text   not null,
    status  text   not null,
    version bigint not null
);
