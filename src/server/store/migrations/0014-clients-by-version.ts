/**
 * Devices' rows (clients) by version, as every synced table has: the quiet pull (issue 16)
 * asks whether any sync-health row in the device's scope changed since its cursor, the
 * question every device asks every minute, and without the index it read every client row.
 */
export const clientsByVersion = `
CREATE INDEX IF NOT EXISTS clients_by_version ON clients (version);
`;
