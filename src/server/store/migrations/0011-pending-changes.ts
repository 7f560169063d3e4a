/**
 * The changes waiting on each device (issue 13): a client reports the size of its outbox
 * not yet acknowledged with each pull (`pending`, optional in the protocol), kept on its row
 * (null until it first says). A new report draws the row a new version (clients.ts), so the
 * mentor's and managers' next pull carries it; the same number again draws none.
 *
 * The sync-health row sums her devices' last reports rather than taking the most recently
 * seen one's: each device holds its own outbox, and a change waiting on her phone is not on
 * the server however recently her computer synced. A device never heard from again keeps
 * its last report, which is what a mentor should know of it. Null when no device has said
 * (an app older than the field); capped at the protocol's bound, so that many client ids
 * cannot overflow the column.
 */
export const pendingChanges = `
ALTER TABLE clients ADD COLUMN pending integer CHECK (pending BETWEEN 0 AND 1000000);

CREATE OR REPLACE VIEW sync_health AS
  SELECT agent_id AS id, max(last_seen_at) AS last_sync_at, max(version) AS version,
         -- Not least(): it skips nulls, and would turn "none has said" into the cap.
         (CASE WHEN sum(pending) > 1000000 THEN 1000000 ELSE sum(pending) END)::integer
           AS pending
  FROM clients GROUP BY agent_id;
`;
