CREATE TABLE service_check (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service     varchar(100) NOT NULL,
    url         varchar(500) NOT NULL,
    status      varchar(10)  NOT NULL CHECK (status IN ('UP', 'DOWN')),
    latency_ms  bigint       NOT NULL CHECK (latency_ms >= 0),
    detail      varchar(500),
    checked_at  timestamptz  NOT NULL
);
CREATE INDEX service_check_latest_idx ON service_check (service, checked_at DESC);
CREATE INDEX service_check_checked_idx ON service_check (checked_at);
