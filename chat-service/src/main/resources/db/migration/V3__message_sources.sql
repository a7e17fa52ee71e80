-- The read-model rows an assistant answer used (["customer:<id>", "lead:<id>", ...], a JSON array
-- as service-support's StringListConverter writes it), so a reloaded conversation links them again.
ALTER TABLE chat_message ADD COLUMN sources text NOT NULL DEFAULT '[]';
