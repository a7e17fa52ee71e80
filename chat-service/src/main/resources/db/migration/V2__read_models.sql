-- Read models chat-service builds from the other contexts' topics (docs/services/chat-service.md).
-- Rows may arrive out of order across topics (a quote before its lead), so every column but the id
-- is nullable and statuses are derived when read, never denormalised across tables.

CREATE TABLE rm_customer (
    id          uuid PRIMARY KEY,
    name        varchar(300) NOT NULL,
    -- personal data: shown to staff, sent to a model only when the question is about it
    email       varchar(320),
    phone       varchar(50),
    address     varchar(500),
    created_at  timestamptz  NOT NULL
);
CREATE INDEX rm_customer_name_idx ON rm_customer (lower(name));

CREATE TABLE rm_lead (
    id            uuid PRIMARY KEY,
    customer_id   uuid         NOT NULL,
    source        varchar(50)  NOT NULL,
    service_type  varchar(50)  NOT NULL,
    area_sqm      integer,
    thread_id     uuid,
    received_at   timestamptz  NOT NULL
);
CREATE INDEX rm_lead_received_idx ON rm_lead (received_at DESC);
CREATE INDEX rm_lead_customer_idx ON rm_lead (customer_id);

-- stage: 1 DRAFTED, 2 SENT, 3 ACCEPTED; only ever rises (GREATEST), so a late QuoteDrafted does not
-- undo a QuoteSent that overtook it.
CREATE TABLE rm_quote (
    id                   uuid PRIMARY KEY,
    lead_id              uuid,
    customer_id          uuid        NOT NULL,
    service_type         varchar(50),
    price_incl_vat_ore   bigint,
    visit_minutes        integer,
    stage                smallint    NOT NULL CHECK (stage BETWEEN 1 AND 3),
    drafted_at           timestamptz,
    sent_at              timestamptz,
    accepted_at          timestamptz
);
CREATE INDEX rm_quote_lead_idx ON rm_quote (lead_id);
CREATE INDEX rm_quote_customer_idx ON rm_quote (customer_id);

CREATE TABLE rm_booking (
    id            uuid PRIMARY KEY,
    quote_id      uuid        NOT NULL,
    customer_id   uuid,
    starts_at     timestamptz,
    ends_at       timestamptz,
    confirmed_at  timestamptz,
    cancelled_at  timestamptz
);
CREATE INDEX rm_booking_starts_idx ON rm_booking (starts_at);

-- Email threads: subject and participants only; mail bodies are never stored here.
CREATE TABLE rm_email_thread (
    id               uuid PRIMARY KEY,
    subject          varchar(1000) NOT NULL,
    message_count    integer       NOT NULL,
    last_message_at  timestamptz   NOT NULL
);

CREATE TABLE rm_email_participant (
    thread_id  uuid         NOT NULL REFERENCES rm_email_thread (id),
    address    varchar(320) NOT NULL,
    name       varchar(300),
    PRIMARY KEY (thread_id, address)
);
