import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
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
