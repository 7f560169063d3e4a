/** When each agent's devices last synced, for their mentor and manager (DESIGN §2, "sync
 *  health"). A client row takes a new version when it is seen again after a quiet spell
 *  (clients.ts), so the view's row changes at most every few minutes, not at every pull. */
export const syncHealth = `
ALTER TABLE clients ADD COLUMN version bigint NOT NULL DEFAULT nextval('row_version');
CREATE INDEX IF NOT EXISTS clients_agent ON clients (agent_id);

CREATE VIEW sync_health AS
  SELECT agent_id AS id, max(last_seen_at) AS last_sync_at, max(version) AS version
  FROM clients GROUP BY agent_id;
`;
