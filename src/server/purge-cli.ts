import { EnvError, loadEnv } from './env';
import { policyOf, purge } from './purge';
import { migrate } from './store/migrate';
import { openDatabase } from './store/open';

/**
 * `npm run purge`: applies the retention policy now, as the server does every day (README
 * "Retention"), on the database the server uses (DATABASE_URL, else PARCOURS_DATA_DIR) and
 * with the same PARCOURS_RETENTION_* settings. Prints what it purged, as JSON.
 */
async function main(): Promise<void> {
  const env = loadEnv();
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.PARCOURS_DATA_DIR,
  });
  try {
    await migrate(database);
    const report = await purge(database, new Date(), policyOf(env));
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  },
);
