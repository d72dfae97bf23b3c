-- A person's own country, for the members-by-country statistics; filled by the next event about them.
alter table replica_person add column country text;

-- Progress updates: written by a member, submitted, then approved or returned by a facilitator.
create table progress_update (
    id                 uuid primary key,
    project_id         uuid        not null references project (id),
    reported_on        date        not null,
    author_person_id   uuid        not null,
    summary            text        not null,
    rating             text        not null,
    review             text        not null,
    reviewer_person_id uuid,
    review_comment     text,
    submitted_at       timestamptz,
    reviewed_at        timestamptz,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint      not null,
    constraint progress_update_reviewed check ((review in ('approved', 'returned')) = (reviewer_person_id is not null))
);
create index progress_update_project on progress_update (project_id, id);
create index progress_update_approved on progress_update (project_id, reported_on) where review = 'approved';

-- Indicators as in IATI results: a baseline, a target, and measured values over time.
create table indicator (
    id             uuid primary key,
    project_id     uuid        not null references project (id),
    title          text        not null,
    description    text,
    unit           text        not null,
    baseline_value numeric     not null,
    baseline_date  date        not null,
    target_value   numeric     not null,
    target_date    date        not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint      not null,
    constraint indicator_target_after_baseline check (target_date > baseline_date)
);
create index indicator_project on indicator (project_id, id);

create table measurement (
    id           uuid primary key,
    indicator_id uuid        not null references indicator (id) on delete cascade,
    value        numeric     not null,
    measured_on  date        not null,
    comment      text,
    created_at   timestamptz not null,
    constraint measurement_one_per_date unique (indicator_id, measured_on)
);

-- Peer feedback: members of a community advising each other on their projects.
create table feedback (
    id               uuid primary key,
    project_id       uuid        not null references project (id),
    community_id     uuid        not null references community (id),
    author_person_id uuid        not null,
    kind             text        not null,
    body             text        not null,
    url              text,
    resolved         boolean     not null default false,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint      not null
);
create index feedback_project on feedback (project_id, id);
create index feedback_community on feedback (community_id, id);

-- meetings-service's action items that name a project, from its events; version is the producer's.
create table replica_action_item (
    id               uuid primary key,
    meeting_id       uuid,
    project_id       uuid,
    title            text        not null,
    status           text        not null,
    due_on           date,
    completed_at     timestamptz,
    owner_person_id  uuid,
    owner_partner_id uuid,
    version          bigint      not null
);
create index replica_action_item_project on replica_action_item (project_id, id);
