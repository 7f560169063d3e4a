import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A logout (the app's, or the wipe after each client test) closes the user's database
    // while a live query may be starting a read; Dexie refuses the read with a
    // DatabaseClosedError, which its liveQuery ignores but which Dexie can also raise as an
    // unhandled rejection of its own (seen once in ~3,000 tests, on CI's busy machine). That
    // error alone is let pass: any other unhandled error still fails the run.
    onUnhandledError: (error) => error.name !== 'DatabaseClosedError',
    // Vitest leaves one core free by default: on CI's two cores that ran one file at a time,
    // and the convergence property's two halves (test/sync/convergence-*.test.ts) in turn.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/domain/**/*.test.ts',
            'src/server/**/*.test.ts',
            'test/server/**/*.test.ts',
            'test/sync/**/*.test.ts',
          ],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          globalSetup: ['test/global-setup.ts'],
        },
      },
      {
        resolve: {
          // vite-plugin-pwa's virtual module exists only in Vite builds; tests vi.mock it.
          alias: { 'virtual:pwa-register/react': '/test/client/pwa-register-stub.ts' },
        },
        test: {
          name: 'client',
          environment: 'jsdom',
          include: ['src/{ui,db,sync,i18n}/**/*.test.{ts,tsx}', 'test/client/**/*.test.{ts,tsx}'],
          setupFiles: ['test/client/setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
