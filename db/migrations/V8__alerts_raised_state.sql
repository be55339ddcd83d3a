-- alerts raised from conditions that last (error-budget burn, a claim deadline coming up): what was last raised,
-- so a condition alerts when it starts or worsens, not on every check.
create table alert_state (
    key        text primary key,
    value      text not null,
    changed_at timestamptz not null
);
