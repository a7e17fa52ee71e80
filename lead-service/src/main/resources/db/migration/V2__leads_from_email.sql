-- Leads extracted from e-mail (lead-service consumes email.events).

ALTER TABLE lead DROP CONSTRAINT lead_status_check;
ALTER TABLE lead ADD CONSTRAINT lead_status_check
    CHECK (status IN ('NEW', 'MANUAL_REVIEW', 'QUALIFIED', 'CONVERTED', 'REJECTED'));

ALTER TABLE lead
    ADD COLUMN frequency        varchar(20),
    ADD COLUMN area_sqm         integer,
    ADD COLUMN rooms            varchar(500),
    ADD COLUMN property_type    varchar(60),
    ADD COLUMN extras           varchar(1000),
    ADD COLUMN add_ons          varchar(200),
    ADD COLUMN preferred_days   varchar(500),
    ADD COLUMN review_reason    varchar(1000),
    ADD COLUMN email_message_id uuid,
    ADD COLUMN thread_id        uuid;

-- One lead per e-mail, however often the e-mail is (re-)delivered.
ALTER TABLE lead ADD CONSTRAINT lead_email_message_uq UNIQUE (email_message_id);
CREATE INDEX lead_status_idx ON lead (status, received_at DESC);

-- Customers are matched by e-mail (customer_email_uq) or else by normalised phone.
CREATE INDEX customer_phone_idx ON customer (phone) WHERE phone IS NOT NULL;
