-- Quotes are now drafted from LeadCreated: every lead gets exactly one quote row, whatever its outcome
-- (drafted, needs details, blocked as a duplicate, custom quote required). Money in øre incl. 25 % VAT.

ALTER TABLE quote DROP CONSTRAINT quote_status_check;
ALTER TABLE quote ALTER COLUMN status TYPE varchar(30);
UPDATE quote SET status = 'DRAFTED' WHERE status = 'DRAFT';
ALTER TABLE quote ADD CONSTRAINT quote_status_check CHECK (status IN (
    'NEEDS_DETAILS', 'BLOCKED_DUPLICATE', 'CUSTOM_QUOTE_REQUIRED', 'DRAFTED', 'SENT', 'ACCEPTED', 'DECLINED',
    'EXPIRED'));

-- hours was the time on site; person-hours (what the price follows) is stored beside it.
ALTER TABLE quote RENAME COLUMN hours TO hours_on_site;
ALTER TABLE quote ALTER COLUMN persons DROP NOT NULL;
ALTER TABLE quote ALTER COLUMN hours_on_site DROP NOT NULL;
ALTER TABLE quote ALTER COLUMN price_incl_vat_ore DROP NOT NULL;

ALTER TABLE quote
    ADD COLUMN frequency                 varchar(20),
    ADD COLUMN area_sqm                  integer,
    ADD COLUMN add_ons                   text        NOT NULL DEFAULT '',
    ADD COLUMN customer_kind             varchar(20) NOT NULL DEFAULT 'PRIVATE'
        CHECK (customer_kind IN ('PRIVATE', 'BUSINESS')),
    ADD COLUMN person_hours              numeric(6, 2) CHECK (person_hours > 0),
    ADD COLUMN vat_ore                   bigint      CHECK (vat_ore >= 0),
    ADD COLUMN labour_deduction_ore      bigint      CHECK (labour_deduction_ore >= 0),
    ADD COLUMN price_after_deduction_ore bigint      CHECK (price_after_deduction_ore >= 0),
    ADD COLUMN visit_minutes             integer     CHECK (visit_minutes > 0),
    ADD COLUMN explanation               text,
    ADD COLUMN status_reason             varchar(300),
    ADD COLUMN duplicate_warning         boolean     NOT NULL DEFAULT false,
    ADD COLUMN duplicate_of_quote_id     uuid,
    ADD COLUMN lead_received_at          timestamptz,
    ADD COLUMN accepted_at               timestamptz,
    ADD COLUMN version                   bigint      NOT NULL DEFAULT 0;

-- Rows from before V2 (hand-made drafts): best-effort backfill so the constraints below hold.
UPDATE quote SET
    lead_received_at = created_at,
    person_hours = persons * hours_on_site,
    vat_ore = price_incl_vat_ore / 5,
    labour_deduction_ore = 0,
    price_after_deduction_ore = price_incl_vat_ore,
    visit_minutes = ceil(hours_on_site * 60)
WHERE lead_received_at IS NULL;
ALTER TABLE quote ALTER COLUMN lead_received_at SET NOT NULL;

-- A quote that carries a price carries all of it.
ALTER TABLE quote ADD CONSTRAINT quote_priced_check CHECK (
    status IN ('NEEDS_DETAILS', 'BLOCKED_DUPLICATE')
    OR (persons IS NOT NULL AND hours_on_site IS NOT NULL AND person_hours IS NOT NULL
        AND price_incl_vat_ore IS NOT NULL AND vat_ore IS NOT NULL AND labour_deduction_ore IS NOT NULL
        AND price_after_deduction_ore IS NOT NULL AND visit_minutes IS NOT NULL));
ALTER TABLE quote ADD CONSTRAINT quote_accepted_check CHECK ((status = 'ACCEPTED') = (accepted_at IS NOT NULL));

-- One quote per lead: a redelivered or re-published lead is recognised as already handled.
DROP INDEX quote_lead_idx;
ALTER TABLE quote ADD CONSTRAINT quote_lead_id_key UNIQUE (lead_id);

-- The duplicate guard looks up a customer's quotes by the time their lead arrived.
CREATE INDEX quote_customer_lead_time_idx ON quote (customer_id, lead_received_at);
