-- A quote carries its lines (persons × hours × 349 kr each); the price columns of quote are their totals.
CREATE TABLE quote_line (
    quote_id    uuid         NOT NULL REFERENCES quote (id) ON DELETE CASCADE,
    position    integer      NOT NULL CHECK (position >= 0),
    kind        varchar(30)  NOT NULL CHECK (kind IN ('SERVICE', 'ADD_ON', 'FIRST_VISIT_EXTRA', 'CUSTOM')),
    description varchar(200) NOT NULL,
    persons     integer      NOT NULL CHECK (persons BETWEEN 1 AND 10),
    hours       numeric(6, 2) NOT NULL CHECK (hours > 0),
    amount_ore  bigint       NOT NULL CHECK (amount_ore >= 0),
    PRIMARY KEY (quote_id, position)
);

ALTER TABLE quote
    ADD COLUMN deduction_capped boolean NOT NULL DEFAULT false,
    ADD COLUMN valid_until      timestamptz;

-- Quotes from before V3: one service line with the billed person-hours, valid 30 days from creation.
INSERT INTO quote_line (quote_id, position, kind, description, persons, hours, amount_ore)
SELECT id, 0, 'SERVICE', 'Rengøring', persons, person_hours / persons, person_hours * 34900
FROM quote
WHERE price_incl_vat_ore IS NOT NULL AND person_hours IS NOT NULL AND persons IS NOT NULL;
UPDATE quote SET valid_until = created_at + interval '30 days'
WHERE valid_until IS NULL AND price_incl_vat_ore IS NOT NULL;
