-- RenOS's own labels in Gmail, and the label changes waiting to be applied there.

-- The Gmail id of each RenOS label per connection (created once, then reused).
CREATE TABLE gmail_label (
    connection_id  uuid         NOT NULL REFERENCES gmail_connection (id) ON DELETE CASCADE,
    name           varchar(100) NOT NULL,
    gmail_label_id varchar(64)  NOT NULL,
    PRIMARY KEY (connection_id, name)
);

-- Which thread a lead came from, and which lead a quote answers: how a quote or booking event finds the
-- thread to label.
CREATE TABLE lead_thread (
    lead_id   uuid PRIMARY KEY,
    thread_id uuid NOT NULL REFERENCES email_thread (id)
);
CREATE TABLE quote_lead (
    quote_id uuid PRIMARY KEY,
    lead_id  uuid NOT NULL
);

-- A label to add to or remove from a thread, written in the transaction of the event that causes it and
-- applied to Gmail by a worker (retried while Gmail is away), so no change is lost.
CREATE TABLE label_change (
    id             bigserial    PRIMARY KEY,
    thread_id      uuid         NOT NULL REFERENCES email_thread (id),
    label          varchar(40)  NOT NULL,
    action         varchar(6)   NOT NULL CHECK (action IN ('ADD', 'REMOVE')),
    status         varchar(12)  NOT NULL CHECK (status IN ('PENDING', 'APPLIED', 'NOT_IN_GMAIL', 'FAILED')),
    attempts       integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error     text,
    created_at     timestamptz  NOT NULL,
    applied_at     timestamptz
);
CREATE INDEX label_change_pending_idx ON label_change (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX label_change_thread_idx ON label_change (thread_id, id);
