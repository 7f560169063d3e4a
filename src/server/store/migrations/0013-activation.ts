/**
 * Activation codes (issue 14): a one-time code with which an agent chooses her password.
 * Only an HMAC-SHA256 of the code is kept, under a key the database never sees used: a
 * leaked table neither hands out codes nor lets them be looked up without the key.
 *
 * The key needs no configuration: the first server to need it draws 32 random bytes and
 * stores them in the one-row `activation_secret` (PARCOURS_ACTIVATION_KEY overrides it, for
 * a deployment that keeps secrets out of the database).
 *
 * An agent holds at most one unused code (the partial unique index): asking again replaces
 * it in place. Used codes stay, with who asked and when, as a record of how the account was
 * opened; the agent's deletion takes them along.
 */
export const activation = `
CREATE TABLE activation_secret (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  secret bytea NOT NULL CHECK (length(secret) >= 32)
);

CREATE TABLE activation_codes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  -- HMAC-SHA256 (hex) of the bare code.
  code_hash text NOT NULL UNIQUE CHECK (length(code_hash) = 64),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_by uuid REFERENCES agents (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  CHECK (expires_at > created_at)
);
CREATE UNIQUE INDEX activation_codes_unused ON activation_codes (agent_id) WHERE used_at IS NULL;
`;
