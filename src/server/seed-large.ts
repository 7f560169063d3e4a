import { createPasswordHasher } from './auth/passwords';
import { checkLargeOptions, LargeSeedError, seedLarge } from './demo/large';
import { EnvError, loadEnv } from './env';
import { migrate } from './store/migrate';
import { openDatabase } from './store/open';

/**
 * `npm run seed:large [-- --seed N] [-- --agents N]`: the demo inside a département-size
 * organisation (src/server/demo/large.ts), in the database the server would open
 * (DATABASE_URL, else PARCOURS_DATA_DIR). Refuses a database holding real accounts.
 */
function parseArgs(argv: readonly string[]): { seed?: number; agents?: number } {
  const options: { seed?: number; agents?: number } = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag !== '--seed' && flag !== '--agents')
      throw new LargeSeedError(`${flag}: unknown option; use --seed N and --agents N.`);
    if (value === undefined || !/^\d+$/.test(value))
      throw new LargeSeedError(`${flag.slice(2)}: give a whole number.`);
    options[flag === '--seed' ? 'seed' : 'agents'] = Number(value);
  }
  checkLargeOptions(options);
  return options;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const env = loadEnv();
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.PARCOURS_DATA_DIR,
  });
  try {
    await migrate(database);
    const summary = await seedLarge(database, createPasswordHasher(), options);
    const rows = Object.entries(summary.rows).map(([table, n]) => `  ${table.padEnd(22)} ${n}`);
    process.stderr.write(
      `Seeded ${summary.seed} as of ${summary.today}: ${summary.commands} commands in ` +
        `${(summary.ms / 1000).toFixed(1)} s.\n${rows.join('\n')}\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof LargeSeedError || error instanceof EnvError;
    console.error(known ? error.message : error);
    process.exit(1);
  },
);
