-- Leads from mail received long before RenOS saw it (a newly connected mailbox's past) are kept, not worked.

ALTER TABLE lead DROP CONSTRAINT lead_status_check;
ALTER TABLE lead ADD CONSTRAINT lead_status_check
    CHECK (status IN ('NEW', 'MANUAL_REVIEW', 'HISTORICAL', 'QUALIFIED', 'CONVERTED', 'REJECTED'));
