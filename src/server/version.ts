import { readFileSync } from 'node:fs';

/** The package version, read once from package.json at the repository root. */
export const appVersion: string = (() => {
  const file = new URL('../../package.json', import.meta.url);
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
})();
