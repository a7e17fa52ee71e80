-- Staff change a quote's lines, persons, hours and text before approving it; every change is kept.
ALTER TABLE quote
    ADD COLUMN opening_text text,
    ADD COLUMN closing_text text;

CREATE TABLE quote_change (
    id         uuid         PRIMARY KEY,
    quote_id   uuid         NOT NULL REFERENCES quote (id) ON DELETE CASCADE,
    changed_by varchar(100) NOT NULL,
    changed_at timestamptz  NOT NULL,
    before     jsonb        NOT NULL,
    after      jsonb        NOT NULL
);
CREATE INDEX quote_change_quote_idx ON quote_change (quote_id, changed_at);
