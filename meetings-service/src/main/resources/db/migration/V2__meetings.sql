-- pg_trgm serves the accent- and case-insensitive title search (LIKE '%word%'); it is a trusted
-- extension, so the database owner may create it.
create extension if not exists pg_trgm;

create table meeting (
    id                  uuid primary key,
    title               text        not null,
    titles              jsonb       not null default '{}',
    kind                text        not null,
    series              text,
    series_number       integer,
    group_id            uuid,
    host_partner_ids    uuid[]      not null default '{}',
    starts_at           timestamptz not null,
    ends_at             timestamptz not null,
    time_zone           text        not null,
    venue               text,
    city                text,
    country             text,
    subdivision         text,
    online_url          text,
    languages           text[]      not null default '{}',
    status              text        not null,
    cancellation_reason text,
    description         text,
    -- the titles, lower-cased and without Latin diacritics
    search_text         text        not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null,
    constraint meeting_ends_after_start check (ends_at > starts_at)
);
create index meeting_starts_at on meeting (starts_at, id);
create index meeting_group on meeting (group_id, starts_at);
create index meeting_hosts on meeting using gin (host_partner_ids);
create index meeting_search_text on meeting using gin (search_text gin_trgm_ops);
create index meeting_updated_at on meeting (updated_at, id);

create table agenda_item (
    id         uuid primary key,
    meeting_id uuid        not null references meeting (id) on delete cascade,
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    title      text        not null,
    format     text        not null,
    theme      text,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint      not null,
    constraint agenda_item_ends_after_start check (ends_at > starts_at)
);
create index agenda_item_meeting on agenda_item (meeting_id, starts_at, id);

create table agenda_speaker (
    agenda_item_id uuid    not null references agenda_item (id) on delete cascade,
    position       integer not null,
    person_id      uuid,
    partner_id     uuid,
    primary key (agenda_item_id, position),
    constraint agenda_speaker_someone check (person_id is not null or partner_id is not null)
);
create index agenda_speaker_person on agenda_speaker (person_id);

create table participant (
    id            uuid primary key,
    meeting_id    uuid        not null references meeting (id) on delete cascade,
    person_id     uuid,
    partner_id    uuid,
    role          text        not null,
    status        text        not null,
    registered_at timestamptz,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null,
    constraint participant_someone check (person_id is not null or partner_id is not null)
);
create index participant_meeting on participant (meeting_id, id);
-- A person takes part in a meeting once; an organisation on its own (without a person) once too.
create unique index participant_person_once on participant (meeting_id, person_id) where person_id is not null;
create unique index participant_organisation_once on participant (meeting_id, partner_id) where person_id is null;
create index participant_person on participant (person_id);
create index participant_partner on participant (partner_id);

create table outcome (
    id             uuid primary key,
    meeting_id     uuid        not null references meeting (id) on delete cascade,
    kind           text        not null,
    text           text        not null,
    themes         text[]      not null default '{}',
    agenda_item_id uuid references agenda_item (id) on delete set null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint      not null
);
create index outcome_meeting on outcome (meeting_id, id);

create table meeting_document (
    id         uuid primary key,
    meeting_id uuid        not null references meeting (id) on delete cascade,
    title      text        not null,
    url        text        not null,
    kind       text        not null,
    language   text,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint      not null
);
create index meeting_document_meeting on meeting_document (meeting_id, id);

create table action_item (
    id               uuid primary key,
    meeting_id       uuid        not null references meeting (id),
    title            text        not null,
    description      text,
    owner_person_id  uuid,
    owner_partner_id uuid,
    due_on           date,
    status           text        not null,
    project_id       uuid,
    completed_at     timestamptz,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint      not null,
    constraint action_item_owner check (owner_person_id is not null or owner_partner_id is not null),
    constraint action_item_completed_when_done check ((status = 'done') = (completed_at is not null))
);
create index action_item_meeting on action_item (meeting_id, id);
create index action_item_owner_person on action_item (owner_person_id);
create index action_item_owner_partner on action_item (owner_partner_id);
create index action_item_project on action_item (project_id);
create index action_item_open_due on action_item (due_on) where status in ('open', 'in-progress');
