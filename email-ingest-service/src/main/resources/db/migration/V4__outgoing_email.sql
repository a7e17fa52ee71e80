-- Outgoing email: one row per send command (SendEmailRequested on email.commands, or POST /api/emails/outgoing).
-- command_id is the idempotency key: a redelivered command finds its row and changes nothing.
-- The sender (OutgoingSender) takes due PENDING rows with FOR UPDATE SKIP LOCKED, so replicas never send one twice.
CREATE TABLE outgoing_email (
    id                 uuid PRIMARY KEY,                  -- also EmailSent.messageId
    command_id         uuid         NOT NULL UNIQUE,
    thread_id          uuid REFERENCES email_thread (id), -- the thread to answer; null = new conversation
    to_address         text         NOT NULL,
    subject            text         NOT NULL,            -- as requested (a reply is sent as "Re: <thread subject>")
    body_text          text         NOT NULL,
    requested_by       text         NOT NULL,
    requested_at       timestamptz  NOT NULL,
    status             varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'SENT', 'DRY_RUN', 'REFUSED', 'FAILED')),
    status_reason      text,
    connection_id      uuid,                              -- the Gmail connection it is (being) sent from
    gmail_id           varchar(64),
    gmail_thread_id    varchar(64),
    rfc822_message_id  varchar(998),                      -- chosen once, kept across retries
    in_reply_to        varchar(998),
    sent_thread_id     uuid REFERENCES email_thread (id), -- the RenOS thread the sent message is stored in
    attempts           integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0),  -- Gmail send attempts started
    next_attempt_at    timestamptz  NOT NULL,
    sent_at            timestamptz,
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL
);
-- The sender's work queue: only PENDING rows, by when they are due.
CREATE INDEX outgoing_email_due_idx ON outgoing_email (next_attempt_at) WHERE status = 'PENDING';
-- GET /api/emails/outgoing: newest first.
CREATE INDEX outgoing_email_created_idx ON outgoing_email (created_at DESC, id);
CREATE INDEX outgoing_email_thread_idx ON outgoing_email (thread_id) WHERE thread_id IS NOT NULL;
