import type { Queryable } from '../store/database';
import {
  readAccount,
  readResponsibilities,
  type AccountPart,
  type ResponsibilitiesPart,
} from './account';
import { readActivity, type ActivityPart } from './activity';
import { readContent, type ContentPart } from './content';
import { readContributions, type ContributionsPart } from './contributions';
import { COVERED_TABLES } from './coverage';
import { equipmentOf, readPaths, type EquipmentPart, type PathPart } from './paths';
import { readSync, type SyncPart } from './sync';

export { COVERED_TABLES, EXCLUDED_TABLES } from './coverage';

/** The access export (GDPR art. 15): everything Parcours holds about one agent. */
export interface AgentExport extends ActivityPart, ContributionsPart, ContentPart {
  format: 'parcours-export/1';
  generatedAt: string;
  /** Who asked: the agent herself, or the HR admin (who gets meeting dates, not notes). */
  askedBy: 'self' | 'hr';
  account: AccountPart;
  responsibilities: ResponsibilitiesPart;
  paths: PathPart[];
  equipment: EquipmentPart[];
  sync: SyncPart;
  /** The tables this document was read from (coverage.ts). */
  sources: (keyof typeof COVERED_TABLES)[];
}

/**
 * Reads the export of `agentId` for `askerId`, in the caller's transaction (one snapshot);
 * undefined for an unknown agent. Who may ask is the route's to check. Rows deleted through
 * sync (tombstones) are left out: they are kept only so that devices forget them, and the
 * purge strips their free text.
 */
export async function exportAgent(
  tx: Queryable,
  agentId: string,
  askerId: string,
  now: Date,
): Promise<AgentExport | undefined> {
  const account = await readAccount(tx, agentId, now);
  if (!account) return undefined;
  const paths = await readPaths(tx, agentId, askerId);
  return {
    format: 'parcours-export/1',
    generatedAt: now.toISOString(),
    askedBy: askerId === agentId ? 'self' : 'hr',
    account,
    responsibilities: await readResponsibilities(tx, agentId),
    paths,
    equipment: equipmentOf(paths),
    ...(await readContributions(tx, agentId)),
    ...(await readActivity(tx, agentId)),
    ...(await readContent(tx, agentId)),
    sync: await readSync(tx, agentId),
    sources: Object.keys(COVERED_TABLES) as (keyof typeof COVERED_TABLES)[],
  };
}
