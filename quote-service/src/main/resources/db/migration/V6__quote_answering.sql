-- What answering a quote needs: where the lead came from and its thread (the reply rule), the customer's
-- wish for days, and the customer's contact (from CustomerCreated; personal data, never logged).
ALTER TABLE quote
    ADD COLUMN lead_source    varchar(40),
    ADD COLUMN lead_thread_id uuid,
    ADD COLUMN preferred_days varchar(200);

CREATE TABLE customer_contact (
    customer_id uuid         PRIMARY KEY,
    name        varchar(200) NOT NULL,
    email       varchar(320),
    address     varchar(300),
    updated_at  timestamptz  NOT NULL
);
