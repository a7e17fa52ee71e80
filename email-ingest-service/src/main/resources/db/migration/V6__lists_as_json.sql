-- to_addresses (one per line), reference_ids, label_ids and missing_ids (space separated) are now JSON
-- arrays of strings, the one encoding of lists in text columns (service-support's StringListConverter).
-- Each row reads back as the same list it did: empty text is the empty list; otherwise the text split on
-- its separator, trailing empty parts dropped (as Java's String.split did).
CREATE FUNCTION pg_temp.renos_list_as_json(joined text, separator text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN joined IS NULL OR joined = '' THEN '[]'
        ELSE coalesce(
            (SELECT jsonb_agg(part ORDER BY n)
               FROM unnest(string_to_array(rtrim(joined, separator), separator)) WITH ORDINALITY AS p(part, n))::text,
            '[]')
        END
$$;

UPDATE email_message SET
    to_addresses = pg_temp.renos_list_as_json(to_addresses, E'\n'),
    reference_ids = pg_temp.renos_list_as_json(reference_ids, ' '),
    label_ids = pg_temp.renos_list_as_json(label_ids, ' ');
ALTER TABLE email_message
    ALTER COLUMN to_addresses SET DEFAULT '[]',
    ALTER COLUMN reference_ids SET DEFAULT '[]',
    ALTER COLUMN label_ids SET DEFAULT '[]';

UPDATE gmail_reconciliation SET missing_ids = pg_temp.renos_list_as_json(missing_ids, ' ');
