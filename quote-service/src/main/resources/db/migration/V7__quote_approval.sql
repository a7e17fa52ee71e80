-- Issue 9, approval and sending: the prepared mail (exactly what the preview shows and approval sends), the
-- accept link (only its hash), who approved or rejected it, the send command and the mail that went out.
ALTER TABLE quote DROP CONSTRAINT quote_status_check;
ALTER TABLE quote ADD CONSTRAINT quote_status_check CHECK (status IN (
    'NEEDS_DETAILS', 'BLOCKED_DUPLICATE', 'CUSTOM_QUOTE_REQUIRED', 'DRAFTED', 'APPROVED', 'REJECTED', 'SENT',
    'ACCEPTED', 'DECLINED', 'EXPIRED'));

ALTER TABLE quote
    ADD COLUMN mail_subject       varchar(300),
    ADD COLUMN mail_body          text,
    ADD COLUMN mail_to            varchar(320),
    ADD COLUMN mail_thread_id     uuid,
    ADD COLUMN mail_slots_offered boolean,
    ADD COLUMN mail_prepared_at   timestamptz,
    ADD COLUMN link_nonce         varchar(40),
    ADD COLUMN accept_token_hash  varchar(64),
    ADD COLUMN approved_by        varchar(100),
    ADD COLUMN approved_at        timestamptz,
    ADD COLUMN send_command_id    uuid,
    ADD COLUMN rejected_by        varchar(100),
    ADD COLUMN rejected_at        timestamptz,
    ADD COLUMN rejection_reason   varchar(500),
    ADD COLUMN email_message_id   uuid,
    ADD COLUMN sent_at            timestamptz;

-- A link finds at most one quote; a send command belongs to one quote.
CREATE UNIQUE INDEX quote_accept_token_hash_key ON quote (accept_token_hash) WHERE accept_token_hash IS NOT NULL;
CREATE UNIQUE INDEX quote_send_command_id_key ON quote (send_command_id) WHERE send_command_id IS NOT NULL;
-- The approval queue: drafted quotes, oldest first or newest first.
CREATE INDEX quote_status_created_at_idx ON quote (status, created_at);

-- A prepared mail is whole; an approved (or later) quote has its approval and its command; a rejected one its
-- reason.
ALTER TABLE quote ADD CONSTRAINT quote_mail_check CHECK (
    (mail_prepared_at IS NULL) = (mail_subject IS NULL)
    AND (mail_prepared_at IS NULL) = (mail_body IS NULL)
    AND (mail_prepared_at IS NULL) = (accept_token_hash IS NULL));
ALTER TABLE quote ADD CONSTRAINT quote_approved_check CHECK (
    (approved_at IS NULL) = (send_command_id IS NULL)
    AND (status <> 'APPROVED' OR (approved_at IS NOT NULL AND mail_to IS NOT NULL)));
ALTER TABLE quote ADD CONSTRAINT quote_rejected_check CHECK (
    (status = 'REJECTED') = (rejected_at IS NOT NULL)
    AND (rejected_at IS NULL) = (rejection_reason IS NULL));
