-- incidents owns provider incidents, their timelines and per-component outage intervals. Providers and failure
-- domains are referred to by key, not by foreign key: history outlives the inventory entries it names.

create table incident (
    id           bigserial primary key,
    key          text not null unique,
    provider_key text,
    title        text not null,
    impact       text not null,
    source       text not null,
    external_id  text,
    link         text,
    started_at   timestamptz not null,
    ended_at     timestamptz,
    affects      text[] not null default '{}',
    notes        text,
    version      bigint not null default 1,
    changed_at   timestamptz not null default now(),
    check (ended_at is null or ended_at >= started_at)
);
-- a status page's incident is the same incident however often it is imported
create unique index incident_external on incident (provider_key, external_id) where external_id is not null;
create index incident_window on incident (started_at, ended_at);

create table incident_update (
    incident_id bigint not null references incident (id) on delete cascade,
    position    int not null,
    at          timestamptz not null,
    status      text,
    body        text,
    primary key (incident_id, position)
);

create table incident_component (
    incident_id bigint not null references incident (id) on delete cascade,
    position    int not null,
    component   text not null,
    impact      text not null,
    started_at  timestamptz not null,
    ended_at    timestamptz,
    primary key (incident_id, position),
    check (ended_at is null or ended_at >= started_at)
);
