-- API tokens for machine clients (POST /api/admin/tokens). The token itself is shown once and
-- never stored: token_hash is its SHA-256 (hex). A token is random (256 bits), so a fast hash is
-- enough: there is nothing to guess from a leaked hash, unlike a person's password.
CREATE TABLE api_token (
    id            UUID         PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    token_prefix  VARCHAR(20)  NOT NULL,  -- the first characters, to tell tokens apart in lists
    role          VARCHAR(30)  NOT NULL CHECK (role IN ('OWNER', 'STAFF', 'CLEANER')),
    team          VARCHAR(50),
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    revoked_at    TIMESTAMPTZ,
    last_used_at  TIMESTAMPTZ,
    CONSTRAINT api_token_hash_key UNIQUE (token_hash),
    CONSTRAINT api_token_team_check CHECK ((role = 'CLEANER') = (team IS NOT NULL))
);
CREATE UNIQUE INDEX api_token_active_name_key ON api_token (lower(name)) WHERE revoked_at IS NULL;
