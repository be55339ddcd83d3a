-- inventory owns planned drills: chaos exercises planned on a fallback path, with a day and an owner, stored like
-- the drills logged on it (rewritten with the service aggregate, whose version guards them).
-- The reminders of drills due keep their raised state in alert_state (V8), under the key prefix 'drill-due:'.
create table planned_drill (
    id       bigserial primary key,
    path_id  bigint not null references path (id) on delete cascade,
    position int not null,
    date     date not null,
    owner    text not null,
    scenario text
);
create index planned_drill_path on planned_drill (path_id);
