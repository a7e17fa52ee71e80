-- Bookings made from accepted quotes (QuoteAccepted on quote.events).

-- One booking per quote: a redelivered or republished QuoteAccepted finds it and changes nothing.
ALTER TABLE booking ADD CONSTRAINT booking_quote_unique UNIQUE (quote_id);

-- UNSCHEDULED: the quote was accepted but no slot was free (or the visit cannot be booked
-- automatically); the office books it by hand. Such a booking has no times yet.
ALTER TABLE booking DROP CONSTRAINT booking_status_check;
ALTER TABLE booking ADD CONSTRAINT booking_status_check
    CHECK (status IN ('UNSCHEDULED', 'TENTATIVE', 'CONFIRMED', 'CANCELLED'));
ALTER TABLE booking ALTER COLUMN starts_at DROP NOT NULL;
ALTER TABLE booking ALTER COLUMN ends_at DROP NOT NULL;
ALTER TABLE booking ADD CONSTRAINT booking_times_together CHECK ((starts_at IS NULL) = (ends_at IS NULL));
ALTER TABLE booking ADD CONSTRAINT booking_confirmed_has_times CHECK (status <> 'CONFIRMED' OR starts_at IS NOT NULL);
ALTER TABLE booking ADD CONSTRAINT booking_unscheduled_has_no_times CHECK (status <> 'UNSCHEDULED' OR starts_at IS NULL);
-- booking_time_order (ends_at > starts_at) stays: NULL times pass a CHECK.

-- The time a booking blocks for the crew: the visit widened by half the travel time on each side.
-- Two windows that do not overlap ('[)') leave at least 60 minutes between the visits, the same
-- rule as SlotFinder.TRAVEL. timestamptz +/- interval is only STABLE in general (days and months
-- depend on the time zone); with a pure minutes interval it is truly immutable, as an index needs.
CREATE FUNCTION booking_travel_window(starts_at timestamptz, ends_at timestamptz) RETURNS tstzrange
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN tstzrange(starts_at - interval '30 minutes', ends_at + interval '30 minutes', '[)');

-- Never double-booked, travel included: no two CONFIRMED bookings closer than 60 minutes, whichever
-- replica inserts them. Replaces V1's booking_no_overlap (which allowed back-to-back visits).
ALTER TABLE booking DROP CONSTRAINT booking_no_overlap;
ALTER TABLE booking ADD CONSTRAINT booking_no_overlap_with_travel
    EXCLUDE USING gist (booking_travel_window(starts_at, ends_at) WITH &&) WHERE (status = 'CONFIRMED');

-- Busy intervals for the slot finder: confirmed and tentative bookings in a time window.
CREATE INDEX booking_busy_idx ON booking (starts_at) WHERE status IN ('CONFIRMED', 'TENTATIVE');
