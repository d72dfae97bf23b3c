-- The slim copy of partners-service's organisations and people this service checks references
-- against. Rows are written only by the partners-events consumer; version is the producer's, so an
-- older or replayed event never overwrites a newer state.
create table replica_partner (
    id          uuid primary key,
    name        text   not null,
    type        text,
    country     text,
    status      text   not null,
    merged_into uuid,
    version     bigint not null
);

-- Only what references need: whether the person exists and can still be named. Erasure is final:
-- the name is gone and no later event brings it back.
create table replica_person (
    id      uuid primary key,
    name    text,
    erased  boolean not null default false,
    version bigint  not null
);
