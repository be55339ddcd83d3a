-- reviews owns quarterly continuity reviews: a frozen snapshot, attestations, sign-offs and action items.
-- (V9 is the inventory's planned drills.)

create table review (
    id          bigserial primary key,
    quarter     char(7) not null,                 -- 2026-Q4
    team_key    text,                             -- null: the whole organisation
    status      text not null default 'open',     -- open | signed
    opened_by   text not null,
    opened_at   timestamptz not null,
    signed_at   timestamptz,
    -- the snapshot compiled when the review was opened, never recomputed (reviews.Snapshot as JSON)
    snapshot    jsonb not null,
    -- the action items as they stood when the manager signed, so the signed review never changes
    signed_items jsonb,
    version     bigint not null default 1
);
-- one review per quarter and scope; teams are keyed by text so a review outlives a renamed or deleted team
create unique index review_quarter_scope on review (quarter, coalesce(team_key, ''));

-- a team's word on one service's recovery objectives: still right, or corrected to these values
create table review_attestation (
    review_id    bigint not null references review (id) on delete cascade,
    service_key  text not null,
    team_key     text not null,
    confirmed    boolean not null,
    rto_minutes  integer,
    rpo_minutes  integer,
    mtpd_minutes integer,
    note         text,
    attested_by  text not null,
    attested_at  timestamptz not null,
    primary key (review_id, service_key)
);

-- one sign-off per team in scope, and the manager's (team_key '*') last
create table review_signoff (
    review_id  bigint not null references review (id) on delete cascade,
    team_key   text not null,
    signed_by  text not null,
    signed_at  timestamptz not null,
    primary key (review_id, team_key)
);

create table action_item (
    id           bigserial primary key,
    review_id    bigint not null references review (id) on delete cascade,
    title        text not null,
    service_key  text,
    contract_key text,
    finding      text,
    owner        text not null,
    due          date not null,
    status       text not null default 'open',    -- open | in-progress | done | dropped
    created_by   text not null,
    created_at   timestamptz not null,
    -- when the item last changed: an item closed after a later review opened still shows in that review
    changed_at   timestamptz not null,
    version      bigint not null default 1
);
create index action_item_review on action_item (review_id);
