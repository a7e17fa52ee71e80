CREATE TABLE conversation (
    id               uuid PRIMARY KEY,
    title            varchar(200) NOT NULL,
    started_by       varchar(100) NOT NULL,
    message_count    integer      NOT NULL CHECK (message_count >= 0),
    created_at       timestamptz  NOT NULL,
    last_message_at  timestamptz  NOT NULL
);
CREATE INDEX conversation_last_message_idx ON conversation (last_message_at DESC, id);

CREATE TABLE chat_message (
    id               uuid PRIMARY KEY,
    conversation_id  uuid         NOT NULL REFERENCES conversation (id),
    role             varchar(20)  NOT NULL CHECK (role IN ('USER', 'ASSISTANT')),
    content          text         NOT NULL,
    created_at       timestamptz  NOT NULL
);
CREATE INDEX chat_message_conversation_idx ON chat_message (conversation_id, created_at);
