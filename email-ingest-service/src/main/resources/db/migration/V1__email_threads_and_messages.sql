CREATE TABLE email_thread (
    id                uuid PRIMARY KEY,
    subject           varchar(998) NOT NULL,
    first_message_at  timestamptz  NOT NULL,
    last_message_at   timestamptz  NOT NULL,
    message_count     integer      NOT NULL CHECK (message_count >= 0),
    created_at        timestamptz  NOT NULL
);
CREATE INDEX email_thread_last_message_idx ON email_thread (last_message_at DESC, id);

CREATE TABLE email_message (
    id           uuid PRIMARY KEY,
    thread_id    uuid          NOT NULL REFERENCES email_thread (id),
    message_id   varchar(998)  NOT NULL UNIQUE,
    sender       varchar(320)  NOT NULL,
    received_at  timestamptz   NOT NULL,
    subject      varchar(998)  NOT NULL,
    body_text    text          NOT NULL
);
CREATE INDEX email_message_thread_idx ON email_message (thread_id, received_at);
