-- Gmail: connected mailboxes, their sync checkpoints, and what each stored message is in Gmail.

CREATE TABLE gmail_connection (
    id                 uuid PRIMARY KEY,
    mailbox            varchar(320) NOT NULL UNIQUE,          -- the Gmail address, lower case
    kind               varchar(20)  NOT NULL CHECK (kind IN ('OAUTH', 'SERVICE_ACCOUNT')),
    secret_ciphertext  bytea        NOT NULL,                 -- AES-256-GCM: refresh token or service-account key
    status             varchar(30)  NOT NULL CHECK (status IN ('CONNECTED', 'NEEDS_REAUTHORISATION')),
    status_reason      text,
    status_changed_at  timestamptz  NOT NULL,
    created_at         timestamptz  NOT NULL
);

-- One row per connection: where the initial (or a repair) full sync has got to, and the
-- historyId incremental sync continues from. Written after every page, so a crash resumes.
CREATE TABLE gmail_sync_state (
    connection_id         uuid PRIMARY KEY REFERENCES gmail_connection (id) ON DELETE CASCADE,
    phase                 varchar(20)  NOT NULL CHECK (phase IN ('FULL_SYNC', 'INCREMENTAL')),
    full_sync_reason      varchar(40),                        -- INITIAL or HISTORY_EXPIRED
    full_sync_after       timestamptz,                        -- look-back start of the running full sync
    full_sync_page_token  text,                               -- page to fetch next; null = first page
    full_sync_total       integer      NOT NULL DEFAULT 0,    -- Gmail's count of messages in the window
    full_sync_done        integer      NOT NULL DEFAULT 0,    -- messages handled so far (stored, known or skipped)
    full_sync_started_at  timestamptz,
    full_sync_finished_at timestamptz,
    history_id            numeric(20),                        -- incremental sync continues after this
    last_synced_at        timestamptz,
    last_error            text,
    last_error_at         timestamptz
);

-- Messages RenOS deliberately does not store (blocklisted sender, draft, spam, unparseable), so that
-- reconciliation does not count them as missing.
CREATE TABLE gmail_skipped_message (
    connection_id  uuid        NOT NULL REFERENCES gmail_connection (id) ON DELETE CASCADE,
    gmail_id       varchar(64) NOT NULL,
    reason         varchar(40) NOT NULL,
    skipped_at     timestamptz NOT NULL,
    PRIMARY KEY (connection_id, gmail_id)
);

ALTER TABLE email_thread
    ADD COLUMN gmail_thread_id varchar(64);
CREATE INDEX email_thread_gmail_thread_idx ON email_thread (gmail_thread_id) WHERE gmail_thread_id IS NOT NULL;

ALTER TABLE email_message
    ADD COLUMN connection_id  uuid,                                    -- null: local mailbox or POST /api/emails
    ADD COLUMN gmail_id       varchar(64) UNIQUE,
    ADD COLUMN gmail_thread_id varchar(64),
    ADD COLUMN label_ids      text        NOT NULL DEFAULT '',          -- Gmail label ids, space separated
    ADD COLUMN direction      varchar(8)  NOT NULL DEFAULT 'INBOUND' CHECK (direction IN ('INBOUND', 'OUTBOUND')),
    ADD COLUMN deleted_in_gmail_at timestamptz;
CREATE INDEX email_message_connection_idx ON email_message (connection_id) WHERE connection_id IS NOT NULL;

CREATE TABLE email_attachment (
    message_id  uuid          NOT NULL REFERENCES email_message (id),
    position    integer       NOT NULL,
    filename    varchar(998),
    mime_type   varchar(255)  NOT NULL,
    size_bytes  bigint        NOT NULL CHECK (size_bytes >= 0),
    inline      boolean       NOT NULL,
    PRIMARY KEY (message_id, position)
);

-- The latest reconciliation per connection: Gmail's ids in the window against those stored.
CREATE TABLE gmail_reconciliation (
    connection_id    uuid PRIMARY KEY REFERENCES gmail_connection (id) ON DELETE CASCADE,
    checked_at       timestamptz NOT NULL,
    window_after     timestamptz NOT NULL,
    gmail_count      integer     NOT NULL,
    stored_count     integer     NOT NULL,
    missing_count    integer     NOT NULL,
    missing_ids      text        NOT NULL,   -- up to 1,000 Gmail ids, space separated
    repaired_count   integer     NOT NULL
);

-- Full-text search over threads for GET /api/emails/threads?q=
CREATE INDEX email_message_search_idx ON email_message
    USING gin (to_tsvector('simple', subject || ' ' || body_text));
