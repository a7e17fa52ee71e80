CREATE TABLE customer (
    id          uuid PRIMARY KEY,
    name        varchar(200) NOT NULL,
    email       varchar(320),
    phone       varchar(40),
    address     varchar(500),
    created_at  timestamptz  NOT NULL
);
CREATE INDEX customer_created_idx ON customer (created_at DESC, id);
CREATE UNIQUE INDEX customer_email_uq ON customer (lower(email)) WHERE email IS NOT NULL;

CREATE TABLE lead (
    id            uuid PRIMARY KEY,
    source        varchar(40)  NOT NULL,
    status        varchar(20)  NOT NULL CHECK (status IN ('NEW', 'QUALIFIED', 'CONVERTED', 'REJECTED')),
    customer_id   uuid REFERENCES customer (id),
    service_type  varchar(60),
    summary       varchar(2000),
    received_at   timestamptz  NOT NULL,
    created_at    timestamptz  NOT NULL
);
CREATE INDEX lead_received_idx ON lead (received_at DESC, id);
CREATE INDEX lead_customer_idx ON lead (customer_id);
