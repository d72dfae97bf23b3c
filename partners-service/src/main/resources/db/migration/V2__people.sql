create table person (
    id                 uuid primary key,
    -- personal data: all null once the person is erased
    name               text,
    email              text,
    phone              text,
    country            text,
    languages          text[]      not null default '{}',
    gender             text,
    gender_description text,
    erased             boolean     not null default false,
    search_text        text        not null default '',
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint      not null
);
create unique index person_email on person (lower(email)) where email is not null;
create index person_search_text on person using gin (search_text gin_trgm_ops);
create index person_updated_at on person (updated_at, id);

create table person_affiliation (
    person_id  uuid    not null references person (id) on delete cascade,
    position   integer not null,
    partner_id uuid    not null references partner (id),
    title      text,
    from_date  date,
    to_date    date,
    is_primary boolean not null default false,
    primary key (person_id, position)
);
create index person_affiliation_partner on person_affiliation (partner_id);
