import {
  AdminCreateError,
  createAdmin,
  parseAdminArgs,
  readPasswordLine,
} from './admin/create-admin';
import { createPasswordHasher } from './auth/passwords';
import { EnvError, loadEnv } from './env';
import { migrate } from './store/migrate';
import { openDatabase } from './store/open';

/**
 * `npm run admin:create -- --email ADDRESS --name NAME`, password on stdin:
 *   printf '%s\n' "$PASSWORD" | npm run admin:create -- --email rh@example.fr --name "Nom"
 * Uses the same database selection as the server (DATABASE_URL, else PARCOURS_DATA_DIR).
 */
async function main(): Promise<number> {
  const args = parseAdminArgs(process.argv.slice(2));
  const env = loadEnv();
  if (process.stdin.isTTY) process.stderr.write(`Password for ${args.email} (visible): `);
  const password = await readPasswordLine(process.stdin);
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.PARCOURS_DATA_DIR,
  });
  try {
    await migrate(database);
    const agent = await createAdmin(database, createPasswordHasher(), { ...args, password });
    process.stderr.write(`Created admin ${agent.email} (${agent.id}).\n`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof AdminCreateError || error instanceof EnvError;
    console.error(known ? error.message : error);
    process.exit(1);
  },
);
