-- what a printable runbook needs beyond the impact analysis: whom to reach for a service, and per dependency
-- when to declare it impaired (detection) and how the client protects itself (timeouts, retries, breaker).
-- Every setting is optional: a runbook prints a missing one as a gap.

create table service_contact (
    id         bigserial primary key,
    service_id bigint not null references business_service (id) on delete cascade,
    position   int not null,
    role       text not null check (role in ('OWNER', 'ON_CALL', 'VENDOR_SUPPORT', 'ESCALATION', 'OTHER')),
    name       text not null,
    reach      text not null,
    unique (service_id, position)
);

alter table dependency
    add column detect_error_rate_percent    numeric check (detect_error_rate_percent > 0
                                                           and detect_error_rate_percent <= 100
                                                           and scale(detect_error_rate_percent) <= 4),
    add column detect_latency_ms            int check (detect_latency_ms >= 1),
    add column detect_window_minutes        int check (detect_window_minutes >= 1),
    add column timeout_ms                   int check (timeout_ms >= 1),
    add column max_retries                  int check (max_retries >= 0),
    add column backoff_base_ms              int check (backoff_base_ms >= 1),
    add column backoff_cap_ms               int check (backoff_cap_ms >= 1),
    add column jitter                       text check (jitter in ('FULL', 'EQUAL', 'NONE')),
    add column retry_budget_percent         int check (retry_budget_percent between 0 and 100),
    add column breaker_failure_rate_percent int check (breaker_failure_rate_percent between 1 and 100),
    add column breaker_minimum_calls        int check (breaker_minimum_calls >= 1),
    add column breaker_open_seconds         int check (breaker_open_seconds >= 1),
    add constraint dependency_backoff_cap_not_below_base check (backoff_cap_ms >= backoff_base_ms);
