-- Trigram indexes make the accent- and case-insensitive substring search (q=) fast; pg_trgm is a
-- trusted extension, so the database owner may create it.
create extension if not exists pg_trgm;

create table partner (
    id                     uuid primary key,
    name                   text        not null,
    acronym                text,
    names                  jsonb       not null default '{}',
    type                   text        not null,
    country                text,
    countries_of_operation text[]      not null default '{}',
    level                  text        not null,
    subdivision            text,
    themes                 text[]      not null default '{}',
    sdg4_targets           text[]      not null default '{}',
    website                text,
    email                  text,
    status                 text        not null,
    merged_into            uuid references partner (id),
    -- name, acronym and every translated name, lower-cased and without Latin diacritics
    search_text            text        not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint      not null
);
create index partner_search_text on partner using gin (search_text gin_trgm_ops);
create index partner_country on partner (country, id);
create index partner_themes on partner using gin (themes);
create index partner_updated_at on partner (updated_at, id);

-- An integrator's own identifiers; a (scheme, value) pair names one organisation at most.
create table partner_identifier (
    partner_id uuid not null references partner (id) on delete cascade,
    scheme     text not null,
    value      text not null,
    primary key (scheme, value)
);
create index partner_identifier_partner on partner_identifier (partner_id);
