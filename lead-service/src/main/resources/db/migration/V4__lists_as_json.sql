-- extras and add_ons were joined by ", " (NULL for none); they are now JSON arrays of strings, the one
-- encoding of lists in text columns (service-support's StringListConverter), so an extra may contain a
-- comma. Each row reads back as the same list: split on ", ", elements stripped, empty ones dropped.
ALTER TABLE lead ALTER COLUMN extras TYPE text, ALTER COLUMN add_ons TYPE text;

UPDATE lead SET extras = coalesce(
    (SELECT jsonb_agg(e ORDER BY n)
       FROM (SELECT regexp_replace(part, '^\s+|\s+$', '', 'g') AS e, n
               FROM unnest(string_to_array(extras, ', ')) WITH ORDINALITY AS p(part, n)) stripped
      WHERE e <> '')::text,
    '[]');

UPDATE lead SET add_ons = coalesce(
    (SELECT jsonb_agg(e ORDER BY n)
       FROM (SELECT regexp_replace(part, '^\s+|\s+$', '', 'g') AS e, n
               FROM unnest(string_to_array(add_ons, ', ')) WITH ORDINALITY AS p(part, n)) stripped
      WHERE e <> '')::text,
    '[]');
