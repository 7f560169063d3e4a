// Builds the client with Vite unless dist/ is newer than every file it is built from,
// so that `npm start` on a fresh clone builds once and later starts are instant.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const inputs = ['index.html', 'vite.config.ts', 'package-lock.json', 'src', 'locales', 'public'];
const clientFolders = new Set(['server']);

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (path === 'src' && clientFolders.has(entry)) continue; // server code is not bundled
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function buildIfNeeded() {
  const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
  const source = Math.max(...inputs.map(newestMtime));
  if (built > source) return;
  console.log(built ? 'Sources changed: rebuilding the app…' : 'Building the app…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
