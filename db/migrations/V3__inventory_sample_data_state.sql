-- whether the first start has decided about sample data: it is loaded at most once, on the very first start,
-- so that an inventory emptied on purpose is never filled with samples by a later restart
create table sample_data_state (
    id         int primary key check (id = 1),
    decided_at timestamptz not null
);
