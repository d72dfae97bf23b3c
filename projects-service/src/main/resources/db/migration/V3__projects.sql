create table project (
    id                      uuid primary key,
    community_id            uuid        not null references community (id),
    title                   text        not null,
    summary                 text,
    lead_member_person_ids  uuid[]      not null default '{}',
    countries               text[]      not null default '{}',
    subdivisions            text[]      not null default '{}',
    themes                  text[]      not null default '{}',
    policy_level            text,
    objectives              text[]      not null default '{}',
    starts_on               date,
    ends_on                 date,
    status                  text        not null,
    iati_identifier         text unique,
    -- the title, lower-cased and without Latin diacritics
    search_text             text        not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    version                 bigint      not null,
    constraint project_dates_in_order check (ends_on > starts_on)
);
create index project_community on project (community_id, id);
create index project_search_text on project using gin (search_text gin_trgm_ops);
create index project_countries on project using gin (countries);
create index project_themes on project using gin (themes);
create index project_leads on project using gin (lead_member_person_ids);
create index project_updated_at on project (updated_at, id);

-- The organisations taking part in a project, each in an IATI OrganisationRole.
create table project_partner (
    project_id uuid not null references project (id) on delete cascade,
    partner_id uuid not null,
    role       text not null,
    primary key (project_id, partner_id, role)
);
create index project_partner_partner on project_partner (partner_id);

create table milestone (
    id           uuid primary key,
    project_id   uuid        not null references project (id),
    title        text        not null,
    due_on       date        not null,
    status       text        not null,
    completed_on date,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint      not null,
    constraint milestone_completed_when_done check ((status = 'done') = (completed_on is not null))
);
create index milestone_project on milestone (project_id, id);
