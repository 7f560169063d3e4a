import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/** Builds the bench bundle (bench/app) into `staticDir`/bench/bench.js, beside a blank page
 *  /bench.html that loads it: the server serves both from the app's own origin. */
export async function buildBenchBundle(staticDir: string): Promise<void> {
  await build({
    logLevel: 'warn',
    configFile: false,
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: join(staticDir, 'bench'),
      emptyOutDir: true,
      lib: { entry: 'bench/app/main.ts', formats: ['es'], fileName: () => 'bench.js' },
    },
  });
  writeFileSync(
    join(staticDir, 'bench.html'),
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Bench</title>' +
      '<script type="module" src="/bench/bench.js"></script></head><body></body></html>\n',
  );
}

/** The bench bundle's script, for pages of the app that did not load it themselves. */
export const benchScript = '/bench/bench.js';
