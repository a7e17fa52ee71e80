-- Local accounts the owner manages (POST/PATCH /api/admin/users), and what sign-in needs:
--  display_name   what the web app shows
--  email          the address a Google identity must have to sign in as this user (invited)
--  sign_in        PASSWORD (a local password) or GOOGLE (no password here at all)
--  must_change_password  set by an owner's reset: the one-time password works once, for a change
--  sessions_not_before   sessions started before this instant are over (logout everywhere,
--                        a password change or reset, a disabled account)
ALTER TABLE staff_user ALTER COLUMN password_hash TYPE VARCHAR(255);
ALTER TABLE staff_user ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE staff_user ADD COLUMN display_name VARCHAR(200);
ALTER TABLE staff_user ADD COLUMN email VARCHAR(254);
ALTER TABLE staff_user ADD COLUMN sign_in VARCHAR(20) NOT NULL DEFAULT 'PASSWORD'
    CHECK (sign_in IN ('PASSWORD', 'GOOGLE'));
ALTER TABLE staff_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE staff_user ADD COLUMN sessions_not_before TIMESTAMPTZ;
ALTER TABLE staff_user ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE staff_user ADD CONSTRAINT staff_user_password_check
    CHECK (sign_in = 'GOOGLE' OR password_hash IS NOT NULL);
CREATE UNIQUE INDEX staff_user_email_key ON staff_user (lower(email)) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX staff_user_username_lower_key ON staff_user (lower(username));
