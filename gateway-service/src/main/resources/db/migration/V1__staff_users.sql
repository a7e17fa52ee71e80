-- Staff who may call /api/** through the gateway (HTTP Basic for now).
CREATE TABLE staff_user (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,  -- bcrypt, never the password
    role          VARCHAR(30)  NOT NULL CHECK (role IN ('ADMIN', 'STAFF')),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT staff_user_username_key UNIQUE (username)
);
