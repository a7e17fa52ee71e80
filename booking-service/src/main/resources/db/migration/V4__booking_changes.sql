-- Reschedule, cancel, complete: what each change leaves behind on the booking.

-- Cancelled: when, why (free text from staff; personal data possible, never logged), and whether it
-- came less than 24 hours before the visit (a late cancellation, recorded for the office).
ALTER TABLE booking ADD COLUMN cancelled_at timestamptz;
ALTER TABLE booking ADD COLUMN cancellation_reason varchar(500);
ALTER TABLE booking ADD COLUMN late_cancellation boolean;
-- bookings cancelled before this migration: the time is unknown, creation is the best lower bound
UPDATE booking SET cancelled_at = created_at WHERE status = 'CANCELLED';
ALTER TABLE booking ADD CONSTRAINT booking_cancelled_has_time
    CHECK (status <> 'CANCELLED' OR cancelled_at IS NOT NULL);

-- Completed: the actual times the customer pays for, who marked it done and when.
ALTER TABLE booking ADD COLUMN completed_at timestamptz;
ALTER TABLE booking ADD COLUMN completed_by varchar(100);
ALTER TABLE booking ADD COLUMN actual_start timestamptz;
ALTER TABLE booking ADD COLUMN actual_end timestamptz;
-- (no flow completed bookings before this migration; any such row is taken as done as planned)
UPDATE booking SET completed_at = ends_at, actual_start = starts_at, actual_end = ends_at WHERE status = 'COMPLETED';
ALTER TABLE booking ADD CONSTRAINT booking_completed_has_actual_times
    CHECK (status <> 'COMPLETED' OR (completed_at IS NOT NULL AND actual_start IS NOT NULL AND actual_end > actual_start));
