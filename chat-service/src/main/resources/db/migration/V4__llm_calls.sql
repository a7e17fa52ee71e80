-- One row per answer the language model gave or failed to give (docs/services/chat-service.md):
-- what was called, how long it took, tokens and outcome. Never any content (no question, no answer,
-- no tool results), so the table holds no personal data.
CREATE TABLE llm_call (
    id               uuid PRIMARY KEY,
    conversation_id  uuid,
    model            varchar(100) NOT NULL,
    prompt_version   varchar(50)  NOT NULL,
    started_at       timestamptz  NOT NULL,
    latency_ms       bigint       NOT NULL,
    first_token_ms   bigint,
    model_requests   integer      NOT NULL,
    input_tokens     integer,
    output_tokens    integer,
    tools_called     text         NOT NULL DEFAULT '[]',
    outcome          varchar(30)  NOT NULL
);
CREATE INDEX llm_call_started_idx ON llm_call (started_at DESC);
