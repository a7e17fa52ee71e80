CREATE TABLE booking (
    id           uuid PRIMARY KEY,
    quote_id     uuid         NOT NULL,
    customer_id  uuid         NOT NULL,
    status       varchar(20)  NOT NULL CHECK (status IN ('TENTATIVE', 'CONFIRMED', 'CANCELLED')),
    starts_at    timestamptz  NOT NULL,
    ends_at      timestamptz  NOT NULL,
    created_at   timestamptz  NOT NULL,
    CONSTRAINT booking_time_order CHECK (ends_at > starts_at),
    -- Never double-booked: no two CONFIRMED bookings overlap in time. A GiST index on a range needs
    -- no extension (btree_gist is only needed once a scalar column such as a team id joins with "=").
    CONSTRAINT booking_no_overlap EXCLUDE USING gist (tstzrange(starts_at, ends_at, '[)') WITH &&)
        WHERE (status = 'CONFIRMED')
);
CREATE INDEX booking_starts_idx ON booking (starts_at DESC, id);
