-- What the other services tell about organisations and people, kept for their engagement: meetings
-- and participations from meetings.events, action items from the same topic, projects and the roles
-- in them from projects.events. Written only by the engagement consumer; version is the producer's,
-- so a replayed or older event never moves a row back.
create table eng_meeting (
    id        uuid primary key,
    kind      text,
    starts_at timestamptz,
    status    text,
    version   bigint not null
);

create table eng_participant (
    id         uuid primary key,
    meeting_id uuid   not null,
    person_id  uuid,
    partner_id uuid,
    role       text,
    status     text,
    version    bigint not null
);
create index eng_participant_person on eng_participant (person_id);
create index eng_participant_partner on eng_participant (partner_id);
create index eng_participant_meeting on eng_participant (meeting_id);

create table eng_action_item (
    id               uuid primary key,
    owner_person_id  uuid,
    owner_partner_id uuid,
    status           text   not null,
    due_on           date,
    updated_at       timestamptz,
    version          bigint not null
);
create index eng_action_item_person on eng_action_item (owner_person_id);
create index eng_action_item_partner on eng_action_item (owner_partner_id);

create table eng_project (
    id         uuid primary key,
    title      text,
    status     text,
    updated_at timestamptz,
    version    bigint not null
);

-- Who takes part in a project and how: organisations in their IATI role, people as leads. Replaced
-- as a whole by each newer project event.
create table eng_project_role (
    project_id   uuid not null references eng_project (id) on delete cascade,
    subject_kind text not null check (subject_kind in ('partner', 'person')),
    subject_id   uuid not null,
    role         text not null,
    primary key (project_id, subject_kind, subject_id, role)
);
create index eng_project_role_subject on eng_project_role (subject_kind, subject_id);
