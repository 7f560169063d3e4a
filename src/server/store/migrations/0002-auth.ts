/**
 * Sessions and login throttling. Both live in the database, not in process memory, so the
 * API stays stateless and several Node processes behind a load balancer agree (DESIGN §8).
 */
export const auth = `
CREATE TABLE sessions (
  -- SHA-256 (hex) of the cookie value: a leaked table does not hand out live sessions.
  id_hash text PRIMARY KEY CHECK (length(id_hash) = 64),
  agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_agent ON sessions (agent_id);

-- Failed logins only: the throttle counts them per account and per client address.
CREATE TABLE login_failures (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  ip text NOT NULL,
  failed_at timestamptz NOT NULL
);
CREATE INDEX login_failures_email ON login_failures (email, failed_at);
CREATE INDEX login_failures_ip ON login_failures (ip, failed_at);
CREATE INDEX login_failures_failed_at ON login_failures (failed_at);
`;
