-- inventory owns providers, failure domains, business services and their dependencies, paths and drills

create table provider (
    id          bigserial primary key,
    key         text not null unique,
    name        text not null,
    status_page text,
    parent_key  text,
    version     bigint not null default 1
);

create table failure_domain (
    id                bigserial primary key,
    key               text not null unique,
    name              text not null,
    kind              text not null,
    provider_id       bigint references provider (id),
    availability      double precision check (availability > 0 and availability <= 1),
    status_components text[] not null default '{}',
    version           bigint not null default 1
);

create table business_service (
    id                     bigserial primary key,
    key                    text not null unique,
    name                   text not null,
    team_id                bigint not null references team (id),
    tier                   int not null check (tier between 1 and 4),
    rto_minutes            int check (rto_minutes >= 0),
    rpo_minutes            int check (rpo_minutes >= 0),
    mtpd_minutes           int check (mtpd_minutes >= 0),
    downtime_cost_per_hour numeric(19, 4),
    currency               char(3),
    owner                  text,
    version                bigint not null default 1
);
create index business_service_team on business_service (team_id);

create table dependency (
    id         bigserial primary key,
    service_id bigint not null references business_service (id) on delete cascade,
    position   int not null,
    key        text not null,
    name       text not null,
    unique (service_id, key)
);
create index dependency_key on dependency (key);
create index dependency_name on dependency (lower(name));

create table path (
    id                 bigserial primary key,
    dependency_id      bigint not null references dependency (id) on delete cascade,
    position           int not null,
    key                text not null,
    role               text not null check (role in ('PRIMARY', 'FALLBACK')),
    activation         text check (activation in ('AUTOMATIC', 'MANUAL')),
    switchover_minutes int check (switchover_minutes >= 0),
    capacity_percent   int check (capacity_percent between 0 and 100),
    unique (dependency_id, key)
);

create table path_requirement (
    path_id   bigint not null references path (id) on delete cascade,
    position  int not null,
    domain_id bigint not null references failure_domain (id),
    primary key (path_id, domain_id)
);
create index path_requirement_domain on path_requirement (domain_id);

create table drill (
    id                 bigserial primary key,
    path_id            bigint not null references path (id) on delete cascade,
    position           int not null,
    date               date not null,
    result             text not null check (result in ('PASSED', 'PARTIAL', 'FAILED')),
    switchover_minutes int check (switchover_minutes >= 0),
    notes              text
);
create index drill_path on drill (path_id);
