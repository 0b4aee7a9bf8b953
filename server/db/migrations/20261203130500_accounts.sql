-- Issue 13, accounts: deactivatable departments, temporary passwords, sessions a user can see and revoke.
ALTER TABLE departments ADD COLUMN active boolean NOT NULL DEFAULT true;

-- Set when an administrator resets the password: every call but the change and sign-out is refused until changed.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
CREATE INDEX users_role_idx ON users (role) WHERE NOT disabled;

-- The token's hash stays the key; the id names a session in the API without revealing anything usable.
ALTER TABLE sessions
  ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid(),
  ADD COLUMN ip text,
  ADD COLUMN user_agent text;
CREATE UNIQUE INDEX sessions_id_key ON sessions (id);
