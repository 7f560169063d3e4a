/**
 * Device cookies (OWASP "Slow down online guessing attacks with device cookies"): a browser
 * that once signed in to an account carries a token that lets it sign in to that account
 * while untrusted clients are being slowed down. Only the SHA-256 of the token is stored.
 * A failure made with a device cookie is counted against that cookie (`device_hash`), not
 * against the account, so an attacker's failures never hold back the owner's browser.
 *
 * Disabling an account revokes it: a trigger deletes its sessions and device cookies, so
 * that clearing the flag does not bring them back: re-enabled, the person signs in again.
 * A trigger, because every way of disabling passes through it (SQL by hand today, a
 * screen or a command later). Future activation codes and push subscriptions join this
 * trigger's function when their tables arrive.
 */
export const deviceCookies = `
CREATE TABLE device_cookies (
  token_hash text PRIMARY KEY CHECK (length(token_hash) = 64),
  agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX device_cookies_agent ON device_cookies (agent_id, created_at);

ALTER TABLE login_failures ADD COLUMN device_hash text CHECK (length(device_hash) = 64);
CREATE INDEX login_failures_device ON login_failures (device_hash, failed_at)
  WHERE device_hash IS NOT NULL;

CREATE FUNCTION agents_revoke_on_disable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM sessions WHERE agent_id = NEW.id;
  DELETE FROM device_cookies WHERE agent_id = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER agents_revoke_on_disable AFTER UPDATE OF disabled ON agents
  FOR EACH ROW WHEN (NEW.disabled AND NOT OLD.disabled)
  EXECUTE FUNCTION agents_revoke_on_disable();
`;
