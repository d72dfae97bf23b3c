-- Trigram indexes make the accent- and case-insensitive substring search (q=) fast; pg_trgm is a
-- trusted extension, so the database owner may create it.
create extension if not exists pg_trgm;

create table community (
    id                     uuid primary key,
    name                   text        not null,
    names                  jsonb       not null default '{}',
    theme                  text        not null,
    description            text,
    facilitator_partner_id uuid,
    cohort_starts_on       date,
    cohort_ends_on         date,
    countries              text[]      not null default '{}',
    status                 text        not null,
    -- name and every translated name, lower-cased and without Latin diacritics
    search_text            text        not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint      not null,
    constraint community_cohort_in_order check (cohort_ends_on > cohort_starts_on)
);
create index community_search_text on community using gin (search_text gin_trgm_ops);
create index community_countries on community using gin (countries);
create index community_theme on community (theme, id);
create index community_updated_at on community (updated_at, id);

-- A person is a member of a community once; the row keeps their role and the dates they took part.
create table community_member (
    id                     uuid primary key,
    community_id           uuid        not null references community (id),
    person_id              uuid        not null,
    affiliation_partner_id uuid,
    role                   text        not null,
    joined_on              date,
    left_on                date,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint      not null,
    constraint community_member_once unique (community_id, person_id),
    constraint community_member_dates_in_order check (left_on >= joined_on)
);
create index community_member_person on community_member (person_id);
