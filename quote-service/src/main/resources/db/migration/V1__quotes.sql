CREATE TABLE quote (
    id                  uuid PRIMARY KEY,
    lead_id             uuid         NOT NULL,
    customer_id         uuid         NOT NULL,
    status              varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'SENT', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
    service_type        varchar(60)  NOT NULL,
    persons             integer      NOT NULL CHECK (persons > 0),
    hours               numeric(6, 2) NOT NULL CHECK (hours > 0),
    price_incl_vat_ore  bigint       NOT NULL CHECK (price_incl_vat_ore >= 0),
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL
);
CREATE INDEX quote_created_idx ON quote (created_at DESC, id);
CREATE INDEX quote_lead_idx ON quote (lead_id);
