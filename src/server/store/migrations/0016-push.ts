/**
 * Reminders by push and e-mail (issue 17). The VAPID key pair the server drew on its first
 * start (one row; the private key must be read back to sign, so it is kept as is, like the
 * activation key of migration 13); the browsers' push subscriptions, each an agent's on one
 * device (the session that sent it: a logout removes it); what was sent to whom by which
 * channel, so that nothing is sent twice across passes, restarts and processes; and the
 * lease that lets one process at a time run the pass.
 */
export const push = `
CREATE TABLE push_keys (
  id smallint PRIMARY KEY CHECK (id = 1),
  public_key text NOT NULL,
  private_key text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE TABLE push_subscriptions (
  endpoint text PRIMARY KEY CHECK (length(endpoint) <= 1024),
  agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  session_hash text NOT NULL,
  p256dh text NOT NULL,
  auth text NOT NULL,
  expires_at timestamptz,
  created_at timestamptz NOT NULL,
  -- A push service that answered 5xx or did not answer: tried again after this.
  retry_after timestamptz
);
CREATE INDEX push_subscriptions_agent ON push_subscriptions (agent_id);
CREATE INDEX push_subscriptions_session ON push_subscriptions (session_hash);
CREATE TABLE reminder_sends (
  agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  reminder_key text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('push', 'email')),
  sent_at timestamptz NOT NULL,
  -- The day in Paris it was sent: at most one notification per person and rule a day.
  sent_on date NOT NULL,
  PRIMARY KEY (agent_id, channel, reminder_key)
);
CREATE TABLE reminder_lease (
  id smallint PRIMARY KEY CHECK (id = 1),
  holder text NOT NULL,
  until timestamptz NOT NULL
);
`;
