-- What ingest parses from a raw RFC 822 message beyond V1's columns.
ALTER TABLE email_message
    ADD COLUMN from_name       varchar(998),
    ADD COLUMN to_addresses    text         NOT NULL DEFAULT '',   -- To addresses, one per line
    ADD COLUMN in_reply_to     varchar(998),                       -- first <id> of In-Reply-To
    ADD COLUMN reference_ids   text         NOT NULL DEFAULT '',   -- <id>s of References, space separated
    ADD COLUMN sent_at         timestamptz,                        -- the Date header, when readable
    ADD COLUMN synthetic_message_id boolean NOT NULL DEFAULT false; -- no Message-ID: <sha256@renos.local>

-- A reply stored before its parent: the parent finds the reply's thread through this index.
CREATE INDEX email_message_in_reply_to_idx ON email_message (in_reply_to) WHERE in_reply_to IS NOT NULL;
