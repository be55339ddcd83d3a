-- db-scheduler's table (its PostgreSQL schema for 16.x): recurring tasks such as the status poll run on one
-- instance at a time, whichever picks the row first.
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures int,
    last_heartbeat       timestamptz,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- incidents owns the state of each polled status page: when it is next due (shared by every instance), its run of
-- failures, and the monitoring gaps (times we could not see the page).
create table status_page_state (
    provider_key         text primary key,
    url                  text not null,
    next_poll_at         timestamptz not null,
    consecutive_failures int not null default 0,
    last_polled_at       timestamptz,
    last_success_at      timestamptz,
    last_error           text,
    polls                bigint not null default 0
);

create table monitoring_gap (
    id           bigserial primary key,
    provider_key text not null,
    url          text not null,
    started_at   timestamptz not null,
    ended_at     timestamptz,
    reason       text not null,
    failures     int not null default 1
);
-- at most one open gap per page
create unique index monitoring_gap_open on monitoring_gap (provider_key) where ended_at is null;

-- alerts owns subscriptions (webhooks and e-mail), the events it has to tell (an outbox, written in the same
-- transaction as the fact), and one delivery per event and subscriber.
create table alert_subscription (
    id         bigserial primary key,
    kind       text not null check (kind in ('webhook', 'email')),
    target     text not null,
    secret     text,
    format     text not null default 'json',
    team_key   text,
    events     text[] not null default '{}',
    domains    text[] not null default '{}',
    services   text[] not null default '{}',
    created_by text not null,
    created_at timestamptz not null default now(),
    active     boolean not null default true
);

create table alert_event (
    id          uuid primary key,
    type        text not null,
    subject     text not null,
    occurred_at timestamptz not null,
    summary     text not null,
    payload     text not null,
    created_at  timestamptz not null default now()
);
create index alert_event_created on alert_event (created_at desc);

create table alert_delivery (
    id              bigserial primary key,
    event_id        uuid not null references alert_event (id) on delete cascade,
    subscription_id bigint not null references alert_subscription (id) on delete cascade,
    status          text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
    attempts        int not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_attempt_at timestamptz,
    last_status     int,
    last_error      text,
    delivered_at    timestamptz,
    unique (event_id, subscription_id)
);
create index alert_delivery_due on alert_delivery (next_attempt_at) where status = 'pending';
