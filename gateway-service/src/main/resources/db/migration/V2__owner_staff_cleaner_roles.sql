-- Roles become OWNER / STAFF / CLEANER: the bootstrap administrator (ADMIN) is the owner, and a
-- cleaner belongs to a team (a short name such as team-1); nobody else has one.
ALTER TABLE staff_user DROP CONSTRAINT staff_user_role_check;
UPDATE staff_user SET role = 'OWNER' WHERE role = 'ADMIN';
ALTER TABLE staff_user ADD CONSTRAINT staff_user_role_check
    CHECK (role IN ('OWNER', 'STAFF', 'CLEANER'));
ALTER TABLE staff_user ADD COLUMN team VARCHAR(50);
ALTER TABLE staff_user ADD CONSTRAINT staff_user_team_check
    CHECK ((role = 'CLEANER') = (team IS NOT NULL));
