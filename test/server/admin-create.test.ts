import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdminCreateError,
  createAdmin,
  parseAdminArgs,
  readPasswordLine,
} from '../../src/server/admin/create-admin';
import { buildApp } from '../../src/server/app';
import type { Database } from '../../src/server/store/database';
import { migrate } from '../../src/server/store/migrate';
import { takeWriterLock } from '../../src/server/store/writers';
import { fastHasher, login, someoneWaitsForTheWriters, stores } from './helpers';

describe('admin:create arguments', () => {
  it('reads --email and --name, lower-casing the address', () => {
    expect(parseAdminArgs(['--email', 'RH@Example.fr', '--name', 'Marie Curie'])).toEqual({
      email: 'rh@example.fr',
      name: 'Marie Curie',
    });
  });

  it.each([
    [[], '--email'],
    [['--email', 'rh@example.fr'], '--name'],
    [['--email', 'not-an-address', '--name', 'X'], '--email'],
    [['--email', 'rh@example.fr', '--name', '  '], '--name'],
    [['--email', 'rh@example.fr', '--name', 'X', '--role', 'god'], '--role'],
    [['--email'], '--email'],
  ])('refuses %j, naming %s', (argv, flag) => {
    expect(() => parseAdminArgs(argv)).toThrow(AdminCreateError);
    expect(() => parseAdminArgs(argv)).toThrow(flag);
  });
});

describe('admin:create password input', () => {
  it.each([
    ['a piped line', 'correct horse battery\n', 'correct horse battery'],
    ['a Windows line ending', 'correct horse battery\r\nmore', 'correct horse battery'],
    ['no final newline', 'correct horse battery', 'correct horse battery'],
  ])('reads %s', async (_, input, expected) => {
    expect(await readPasswordLine(Readable.from([input]))).toBe(expected);
  });

  it('refuses empty input', async () => {
    await expect(readPasswordLine(Readable.from([]))).rejects.toThrow('No password');
  });
});

describe.each(stores())('createAdmin on $name', (store) => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await store.open());
    await migrate(db);
  });
  afterAll(() => drop());

  const args = { email: 'nathalie.roux@seinesaintdenis.fr', name: 'Nathalie Roux' };

  it('creates an admin who can then sign in', async () => {
    const agent = await createAdmin(db, fastHasher, { ...args, password: 'a long passphrase' });
    expect(agent).toMatchObject({
      email: args.email,
      displayName: 'Nathalie Roux',
      roles: ['admin'],
    });
    const app = await buildApp({ database: db, passwordHasher: fastHasher });
    try {
      expect((await login(app, args.email, 'a long passphrase')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('refuses an email already in use', async () => {
    await expect(
      createAdmin(db, fastHasher, { ...args, password: 'another long one' }),
    ).rejects.toThrow(/already uses/);
  });

  it('refuses a password under 12 characters, creating nothing', async () => {
    const other = { email: 'court@example.fr', name: 'Court' };
    await expect(
      createAdmin(db, fastHasher, { ...other, password: '11 chars...' }),
    ).rejects.toThrow(/at least 12/);
    expect(await db.query('SELECT 1 FROM agents WHERE email = $1', [other.email])).toEqual([]);
  });

  it('refuses one of the most common passwords, creating nothing', async () => {
    const other = { email: 'commun@example.fr', name: 'Commun' };
    await expect(
      createAdmin(db, fastHasher, { ...other, password: 'motdepasse2026' }),
    ).rejects.toThrow(/most common/);
    expect(await db.query('SELECT 1 FROM agents WHERE email = $1', [other.email])).toEqual([]);
  });

  // Only PostgreSQL runs transactions side by side (PGlite takes them in turns).
  it.runIf(store.name === 'postgresql')(
    "waits for the writers' lock: a running server's pulls count on versions committing in order",
    async () => {
      let created: Promise<unknown> | undefined;
      await db.transaction(
        async (tx) => {
          await takeWriterLock(tx);
          const other = { email: 'pendant@example.fr', name: 'Pendant' };
          created = createAdmin(db, fastHasher, { ...other, password: 'a long passphrase' });
          expect(await someoneWaitsForTheWriters(db)).toBe(true);
        },
        { isolation: 'readCommitted' },
      );
      await created;
    },
  );
});
