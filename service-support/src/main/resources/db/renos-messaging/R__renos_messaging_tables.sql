-- Shared by every RenOS service on Kafka, created in the service's own schema.
-- Repeatable and idempotent: additive changes only (new columns with IF NOT EXISTS).

-- Spring Modulith's event publication registry: the transactional outbox.
create table if not exists event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int                      not null default 0,
    last_resubmission_date timestamp with time zone
);
create index if not exists event_publication_incomplete_idx
    on event_publication (publication_date) where completion_date is null;

-- Idempotent consumers: an event id is recorded in the same transaction as its effect.
create table if not exists processed_message (
    consumer     text                     not null,
    event_id     text                     not null,
    event_type   text                     not null,
    processed_at timestamp with time zone not null,
    primary key (consumer, event_id)
);
