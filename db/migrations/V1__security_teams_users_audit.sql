-- security owns teams, users, their team membership, and the append-only audit log

create table team (
    id        bigserial primary key,
    key       text not null unique,
    name      text not null,
    version   bigint not null default 1
);

create table app_user (
    id            bigserial primary key,
    username      text not null unique,
    password_hash text not null,
    role          text not null check (role in ('ADMIN', 'MANAGER', 'EDITOR', 'VIEWER', 'AUDITOR')),
    enabled       boolean not null default true,
    version       bigint not null default 1
);

create table user_team (
    user_id bigint not null references app_user (id) on delete cascade,
    team_id bigint not null references team (id) on delete cascade,
    primary key (user_id, team_id)
);

create table audit_log (
    id         bigserial primary key,
    at         timestamptz not null,
    actor      text not null,
    action     text not null,
    entity     text not null,
    entity_key text,
    before     jsonb,
    after      jsonb
);
create index audit_log_at on audit_log (at desc);

-- append-only: history cannot be rewritten, not even by the application
create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
    for each statement execute function audit_log_is_append_only();
