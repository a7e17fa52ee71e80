-- Teams: every booking with times belongs to one team; one team's CONFIRMED (and COMPLETED) visits never
-- come closer than the 60-minute travel gap, different teams may work at the same time.

-- btree_gist gives GiST an "=" on text, so team_id can join the exclusion constraint. It is a trusted
-- extension (PostgreSQL 13+): the database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE booking ADD COLUMN team_id varchar(40);
-- The visit length from the quote: kept so an UNSCHEDULED booking can be booked by hand and a
-- rescheduled one keeps its length.
ALTER TABLE booking ADD COLUMN visit_minutes integer;
UPDATE booking SET team_id = 'team-1' WHERE starts_at IS NOT NULL;
UPDATE booking SET visit_minutes = (extract(epoch FROM ends_at - starts_at) / 60)::integer WHERE starts_at IS NOT NULL;
ALTER TABLE booking ADD CONSTRAINT booking_visit_minutes_positive CHECK (visit_minutes IS NULL OR visit_minutes > 0);
ALTER TABLE booking ADD CONSTRAINT booking_times_have_team CHECK (starts_at IS NULL OR team_id IS NOT NULL);

-- COMPLETED: the cleaner marked the visit done; it keeps its planned times (and blocks them).
ALTER TABLE booking DROP CONSTRAINT booking_status_check;
ALTER TABLE booking ADD CONSTRAINT booking_status_check
    CHECK (status IN ('UNSCHEDULED', 'TENTATIVE', 'CONFIRMED', 'COMPLETED', 'CANCELLED'));

-- Replaces V2's global constraint: per team now.
ALTER TABLE booking DROP CONSTRAINT booking_no_overlap_with_travel;
ALTER TABLE booking ADD CONSTRAINT booking_team_no_overlap_with_travel
    EXCLUDE USING gist (team_id WITH =, booking_travel_window(starts_at, ends_at) WITH &&)
    WHERE (status IN ('CONFIRMED', 'COMPLETED'));

DROP INDEX booking_busy_idx;
CREATE INDEX booking_busy_idx ON booking (team_id, starts_at) WHERE status IN ('CONFIRMED', 'TENTATIVE', 'COMPLETED');
