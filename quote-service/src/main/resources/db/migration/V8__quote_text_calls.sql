-- Issue 9, the model's paragraphs: where a prepared mail's opening/closing came from, and every call to the
-- language model (minimised inputs, model, prompt version, latency, outcome), kept with the quote.
ALTER TABLE quote ADD COLUMN mail_text_source varchar(30)
    CHECK (mail_text_source IN ('TEMPLATE', 'STAFF', 'MODEL', 'TEMPLATE_AFTER_MODEL_FAILURE'));

CREATE TABLE quote_text_call (
    id             uuid         PRIMARY KEY,
    quote_id       uuid         NOT NULL REFERENCES quote (id) ON DELETE CASCADE,
    model          varchar(100) NOT NULL,
    prompt_version varchar(40)  NOT NULL,
    inputs         text         NOT NULL,
    latency_ms     bigint       NOT NULL CHECK (latency_ms >= 0),
    outcome        varchar(20)  NOT NULL CHECK (outcome IN ('OK', 'ERROR', 'TIMEOUT', 'INVALID')),
    error          varchar(300),
    called_at      timestamptz  NOT NULL
);
CREATE INDEX quote_text_call_quote_idx ON quote_text_call (quote_id, called_at);
