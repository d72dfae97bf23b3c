create table partner_group (
    id              uuid primary key,
    name            text        not null,
    names           jsonb       not null default '{}',
    kind            text        not null,
    parent_group_id uuid references partner_group (id),
    level           text        not null,
    country         text,
    subdivision     text,
    themes          text[]      not null default '{}',
    description     text,
    status          text        not null,
    search_text     text        not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null
);
create index partner_group_parent on partner_group (parent_group_id);
create index partner_group_search_text on partner_group using gin (search_text gin_trgm_ops);

-- An organisation or a person in a group, with a role, over a period.
create table group_membership (
    id         uuid primary key,
    group_id   uuid        not null references partner_group (id),
    partner_id uuid references partner (id),
    person_id  uuid references person (id),
    role       text        not null,
    from_date  date,
    to_date    date,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint      not null,
    check ((partner_id is null) <> (person_id is null))
);
create index group_membership_group on group_membership (group_id, id);
create index group_membership_partner on group_membership (partner_id);
create index group_membership_person on group_membership (person_id);

create table partnership (
    id          uuid primary key,
    title       text        not null,
    kind        text        not null,
    from_date   date,
    to_date     date,
    status      text        not null,
    description text,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null
);

create table partnership_participant (
    partnership_id uuid    not null references partnership (id) on delete cascade,
    position       integer not null,
    partner_id     uuid    not null references partner (id),
    role           text,
    primary key (partnership_id, position)
);
create index partnership_participant_partner on partnership_participant (partner_id);
