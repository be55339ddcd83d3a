-- sla owns contracts, their error-rate samples and the credit claims that follow SLA periods.

create table contract (
    id          bigserial primary key,
    key         text not null unique,
    name        text not null,
    provider_id bigint not null references provider (id),
    monthly_fee numeric(19, 4) not null check (monthly_fee > 0),
    currency    char(3) not null,
    time_zone   text not null,
    -- the whole contract in the portfolio file's shape (JSON), read back by the same reader as the file
    terms       text not null,
    version     bigint not null default 1
);

-- a failure domain covered by a contract cannot be deleted from under it
create table contract_cover (
    contract_id bigint not null references contract (id) on delete cascade,
    domain_id   bigint not null references failure_domain (id),
    primary key (contract_id, domain_id)
);

create table error_sample (
    contract_id bigint not null references contract (id) on delete cascade,
    started_at  timestamptz not null,
    ended_at    timestamptz not null,
    total       bigint not null check (total >= 0),
    failed      bigint not null check (failed >= 0 and failed <= total),
    primary key (contract_id, started_at),
    check (ended_at > started_at)
);

-- claims are money owed: they outlive the contract entry (by key), like incidents outlive providers
create table credit_claim (
    id              bigserial primary key,
    contract_key    text not null,
    contract_name   text not null,
    period          char(7) not null,
    status          text not null,
    amount          numeric(19, 4) not null,
    currency        char(3) not null,
    deadline        date,
    claimed_on      date,
    reference       text,
    received_amount numeric(19, 4),
    denied_reason   text,
    version         bigint not null default 1,
    changed_at      timestamptz not null default now(),
    unique (contract_key, period)
);
create index credit_claim_status on credit_claim (status, deadline);
