-- What the team needs at the door: the visit's address and the access notes (key box, alarm code,
-- parking). Personal data: shown to staff and the booking's own team, never logged.
ALTER TABLE booking ADD COLUMN address varchar(300);
ALTER TABLE booking ADD COLUMN access_notes varchar(1000);
-- a cleaner's "my coming visits": one team's bookings by start
CREATE INDEX booking_team_start_idx ON booking (team_id, starts_at) WHERE status IN ('CONFIRMED', 'COMPLETED');
