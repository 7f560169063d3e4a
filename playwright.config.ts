import { defineConfig, devices } from '@playwright/test';

// The e2e suite drives Debian's Chromium (never a downloaded browser) against the built app
// served by the real server on an in-memory embedded database.
const port = Number(process.env.E2E_PORT ?? 8181);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    locale: 'fr-FR',
    launchOptions: {
      executablePath: chromium,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'phone', use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 640 } } },
  ],
  webServer: {
    command: 'node --import tsx src/server/main.ts',
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: {
      PORT: String(port),
      PARCOURS_DATA_DIR: 'memory://',
      PARCOURS_STATIC_DIR: 'dist',
      LOG_LEVEL: 'warn',
    },
  },
});
