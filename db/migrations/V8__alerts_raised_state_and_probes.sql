-- alerts raised from conditions that last (error-budget burn, a claim deadline coming up): what was last raised,
-- so a condition alerts when it starts or worsens, not on every check.
create table alert_state (
    key        text primary key,
    value      text not null,
    changed_at timestamptz not null
);

-- incidents owns synthetic probes: HTTP checks a team registers (its gateway's health URL, a provider's health
-- URL). A probe failing past its thresholds opens an incident with source "probe" on the domains it names.
create table probe (
    id                   bigserial primary key,
    key                  text not null unique,
    name                 text not null,
    team_key             text not null,
    url                  text not null,
    provider_key         text,
    domains              text[] not null default '{}',
    interval_ms          bigint not null check (interval_ms > 0),
    timeout_ms           bigint not null check (timeout_ms > 0),
    latency_threshold_ms bigint not null check (latency_threshold_ms > 0),
    error_rate_percent   numeric(5, 2) not null check (error_rate_percent >= 0 and error_rate_percent <= 100),
    window_size          int not null check (window_size between 1 and 100),
    next_check_at        timestamptz not null,
    created_by           text not null,
    created_at           timestamptz not null
);

create table probe_result (
    probe_id   bigint not null references probe (id) on delete cascade,
    at         timestamptz not null,
    ok         boolean not null,
    status     int,
    latency_ms bigint not null,
    error      text,
    primary key (probe_id, at)
);
