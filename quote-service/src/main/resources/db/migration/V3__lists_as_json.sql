-- add_ons was joined by "," and explanation by line breaks; both are now JSON arrays of strings, the one
-- encoding of lists in text columns (service-support's StringListConverter). Each row reads back as the
-- same list it did: empty add_ons and NULL explanation are the empty list; otherwise the text split on
-- its separator, trailing empty parts dropped (as Java's String.split did).

UPDATE quote SET add_ons = coalesce(
    (SELECT jsonb_agg(part ORDER BY n)
       FROM unnest(string_to_array(regexp_replace(add_ons, ',+$', ''), ',')) WITH ORDINALITY AS p(part, n))::text,
    '[]');
ALTER TABLE quote ALTER COLUMN add_ons SET DEFAULT '[]';

UPDATE quote SET explanation = CASE
    WHEN explanation IS NULL THEN '[]'
    -- "".split("\n") was one empty line
    WHEN explanation = '' THEN '[""]'
    ELSE coalesce(
        (SELECT jsonb_agg(part ORDER BY n)
           FROM unnest(string_to_array(regexp_replace(explanation, E'\n+$', ''), E'\n'))
                WITH ORDINALITY AS p(part, n))::text,
        '[]')
    END;
